package cn.shiguai.roaddesk.inputs.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.warnings.store.WarningRepository;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XML external entity attacks of the suite are refused without reading any local file or
 * opening any connection: the entities are pointed at a marker file of our own and at a
 * loopback port we listen on, and afterwards the marker appears nowhere, the port was never
 * connected to, and the resolver the XML reader would ask was never asked. A reader that did
 * fetch would hang on the port, which never answers: the timeout turns that into a failure.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class XxeTest {
    private static final String MARKER = "MARKER-a91f-never-read";
    private final TestClock clock = TestClock.at("2026-12-02T00:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final List<String> asked = new ArrayList<>();
    private final XMLResolver recording = (publicId, systemId, base, namespace) -> {
        asked.add(systemId);
        return null;
    };
    private final WarningImport imports = new WarningImport(desk.database(), desk.stores().log(),
            new WarningRepository(desk.database()), desk.office().changes(), recording);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        desk.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xee.cap", "xee.atom"})
    void theAttackAimedAtOurOwnFileAndPortReadsNeither(String sample) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            server.configureBlocking(false);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            String original = Files.readString(CapSamplesTest.SAMPLES.resolve(sample));
            String aimed = original.replaceAll("http://(localhost:8080|googleusercontent\\.com)", "http://127.0.0.1:" + port)
                    .replace("file:///etc/passwd", secret.toUri().toString())
                    .replaceFirst("<!ENTITY xxe SYSTEM \"[^\"]*\">", "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">");
            assertTrue(aimed.contains(secret.toUri().toString()) && aimed.contains("127.0.0.1:" + port), aimed);

            WarningReport report = imports.importFile(sample, aimed.getBytes(StandardCharsets.UTF_8),
                    StationImport.Channel.COMMAND_LINE, DutyLog.SYSTEM_AUTHOR);

            assertTrue(report.isRejected());
            assertEquals(1, report.bad().size());
            assertTrue(report.bad().get(0).sentence(Messages.chinese()).contains("文档类型声明（DOCTYPE）"));
            assertNull(server.accept(), "nothing connected to the port the entities name");
            assertEquals(List.of(), asked, "the XML reader never asked to resolve anything");
        }
        assertTrue(new WarningRepository(desk.database()).at(Instant.EPOCH).isEmpty(), "nothing kept");
        List<LogEntry> entries = desk.stores().log().day(java.time.LocalDate.of(2026, 12, 2));
        assertFalse(entries.stream().anyMatch(e -> e.text().contains(MARKER)), "the marker is in no log entry");
        assertFalse(report(entries).contains(MARKER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xee.cap", "xee.atom"})
    void theSuitesOwnFilesAreRefusedBeforeAnythingIsResolved(String sample) throws IOException {
        WarningReport report = imports.importFile(sample, Files.readAllBytes(CapSamplesTest.SAMPLES.resolve(sample)),
                StationImport.Channel.INBOX, DutyLog.SYSTEM_AUTHOR);
        assertEquals(List.of(sample + "：整份预警文件未导入，有 1 处问题：", "  第 11 行：" + "文件含有文档类型声明（DOCTYPE）。"
                        + "为了安全，含 DTD 的 XML 一律不读（它可以让读取程序去读本机文件或访问网络）；CAP 预警不需要 DTD"),
                report.lines(Messages.chinese()));
        assertEquals(List.of(), asked);
    }

    @Test
    void anEntityWithoutADoctypeIsRefusedToo() {
        String xml = "<?xml version=\"1.0\"?>\n<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">&xxe;</alert>";
        WarningReport report = imports.importFile("entity.cap", xml.getBytes(StandardCharsets.UTF_8),
                StationImport.Channel.COMMAND_LINE, DutyLog.SYSTEM_AUTHOR);
        assertTrue(report.isRejected());
        assertTrue(report.bad().get(0).sentence(Messages.chinese()).startsWith("第 2 行："),
                report.bad().get(0).sentence(Messages.chinese()));
        assertEquals(List.of(), asked);
    }

    private static String report(List<LogEntry> entries) {
        return String.join("\n", entries.stream().map(LogEntry::text).toList());
    }
}
