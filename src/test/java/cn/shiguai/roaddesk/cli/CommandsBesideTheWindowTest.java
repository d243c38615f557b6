package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Startup;
import cn.shiguai.roaddesk.app.WindowOptions;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window runs on a data directory (its start, with its desk channel) and the commands run
 * beside it through the command line's own entry point: they read, verify, back up and write
 * through the window's database instead of being refused.
 */
class CommandsBesideTheWindowTest {
    @TempDir
    Path dir;
    private Path data;
    private Startup.Started desk;
    private DutyLog deskLog;

    @BeforeEach
    void theWindowIsOpen() {
        data = dir.resolve("data");
        desk = Startup.start(new WindowOptions(data.toString(), null), Clock.systemUTC());
        deskLog = desk.office().stores().log();
        deskLog.append(LogDraft.of("王值班", LogCategory.PHONE_IN, "窗口里记的来电：白狐沟积雪"));
    }

    @AfterEach
    void theWindowCloses() {
        if (desk != null) {
            desk.shutDown();
        }
    }

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void readVerifyBackUpAndWriteWhileTheWindowIsOpen() throws Exception {
        Path channelFile = data.resolve("desk.server");
        assertTrue(Files.exists(channelFile), "the desk writes its channel file");

        CliRun list = run("log", "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("窗口里记的来电：白狐沟积雪"), list.out());

        CliRun verify = run("log", "verify");
        assertEquals(0, verify.status(), verify.out() + verify.err());

        CliRun added = run("log", "add", "--category", "NOTE", "命令行在窗口开着时记的");
        assertEquals(0, added.status(), added.err());
        long seq = Long.parseLong(added.out().strip());
        deskLog.append(LogDraft.of("王值班", LogCategory.NOTE, "窗口随后又记一条"));

        String day = LocalDate.now(DutyLog.DISTRICT_ZONE).toString();
        CliRun issued = run("report", "daily", "--date", day, "--out", dir.resolve("daily.pdf").toString(), "--issue",
                "--by", "王海燕");
        assertEquals(0, issued.status(), issued.err());
        assertTrue(Files.size(dir.resolve("daily.pdf")) > 0);

        CliRun backup = run("backup");
        assertEquals(0, backup.status(), backup.out() + backup.err());
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".zip")), "a verified backup zip");
        }

        ChainReport chain = deskLog.verify();
        assertTrue(chain.intact(), chain.toString());
        assertTrue(chain.count() > seq, "the window's later entry follows the command's");
        assertTrue(deskLog.get(seq).orElseThrow().text().contains("命令行在窗口开着时记的"));
        assertTrue(run("log", "list").out().contains("王海燕"), "the issue is logged as the named person");

        desk.shutDown();
        desk = null;
        assertFalse(Files.exists(channelFile), "the file goes with the window");
        // Opened by the command itself again; the window's exit backup may have added its entry.
        CliRun after = run("log", "verify");
        assertEquals(0, after.status(), after.out() + after.err());
    }

    @Test
    void theChannelFileIsTheOwnersOnly() throws Exception {
        Path channelFile = data.resolve("desk.server");
        if (Files.getFileStore(channelFile).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(channelFile)));
        }
        String text = Files.readString(channelFile);
        assertTrue(text.matches("(?s).*key=[0-9a-f]{64}.*"), "a 256-bit secret");
        assertTrue(text.contains("pid=" + ProcessHandle.current().pid()), text);
    }
}
