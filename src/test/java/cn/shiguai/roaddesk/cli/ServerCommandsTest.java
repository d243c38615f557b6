package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import cn.shiguai.roaddesk.report.issue.PdfText;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command against a PostgreSQL server (issue 15, item 1): the data directory's
 * roaddesk.properties names the server and the roles, as an office writes it for a seat. The
 * sample cold spell is entered through the services on the server, then the commands read,
 * write, import, evaluate, issue and verify there; backup and restore, which are the embedded
 * file's, say so instead of writing a file that holds nothing of the server's.
 */
class ServerCommandsTest {
    private static final String DAY = "2026-01-12";
    private static final String PASSWORD = "K12-弯道-结冰-0812";

    @TempDir
    Path dir;
    private StoreChoice.Server server;

    @BeforeEach
    void pointTheSeatAtTheServer() {
        server = TestPostgres.freshServer(dir.resolve("data"));
        TestPostgres.writeProperties(dir.resolve("data"), server);
    }

    private CliRun run(String... args) {
        return runWith("", args);
    }

    private CliRun runWith(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                    .toArray(String[]::new));
        } finally {
            System.setIn(original);
        }
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return Files.write(dir.resolve(Path.of(name).getFileName()), in.readAllBytes());
        }
    }

    @Test
    void theCommandsWorkOnTheServer() throws IOException {
        try (Database db = Database.open(server, Clock.systemUTC(), Database.Mode.WRITE);
             Office office = Office.onCallingThread(db, TestDesk.RULES, Clock.systemUTC())) {
            SampleReadings.fill(office.readings(), LocalDate.parse(DAY));
            SampleReadings.respond(office, LocalDate.parse(DAY), office.stores().log());
        }
        assertOk(run("log", "add", "--category", "PHONE_IN", "交管大队来电：K12 弯道结冰"));
        CliRun calls = run("log", "list");
        assertTrue(calls.out().contains("交管大队来电：K12 弯道结冰"), calls.out() + calls.err());

        CliRun imported = run("import", sample("station-readings.csv").toString());
        assertOk(imported);
        assertTrue(imported.out().contains("新增读数 5 条"), imported.out());
        CliRun level = run("level", "--date", "2026-01-20");
        assertOk(level);
        assertTrue(level.out().contains("\"level\":\"III\""), level.out());
        assertOk(run("import", sample("cap/road-icing-orange.cap").toString()));

        assertOk(run("upper-level", "--by", "包头市", "--level", "III", "--since", "2026-01-12 08:00",
                "--doc", "包政办发〔2026〕12号", "--entered-by", "李春梅"));
        assertTrue(run("upper-level", "--list").out().contains("包头市 三级响应"));

        assertOk(runWith(PASSWORD + "\n", "user", "add", "--role", "admin", "王建国"));
        assertOk(runWith(PASSWORD + "\n", "user", "add", "--role", "duty-officer", "李春梅"));
        assertOk(runWith("另一个足够长的新密码啊\n", "user", "passwd", "李春梅"));
        assertOk(run("user", "disable", "李春梅"));
        assertOk(run("user", "unlock", "李春梅"));
        assertTrue(run("user", "list").out().contains("王建国\t管理员"));

        Path pdf = dir.resolve("日报.pdf");
        CliRun issued = run("report", "daily", "--date", DAY, "--out", pdf.toString(), "--issue", "--by", "王海燕");
        assertOk(issued);
        assertTrue(issued.out().contains("第1期"), issued.out());
        assertTrue(PdfText.joined(Files.readAllBytes(pdf)).contains("张占良"), "the decision made on the server");

        CliRun verify = run("log", "verify");
        assertOk(verify);
        assertFalse(Files.exists(dir.resolve("data").resolve("roaddesk.mv.db")), "nothing written to an embedded file");
    }

    @Test
    void backupAndRestoreSayTheyAreTheEmbeddedFilesOnly() throws IOException {
        assertOk(run("log", "add", "交班"));
        CliRun backup = run("backup");
        assertEquals(1, backup.status(), backup.out());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
        CliRun restore = run("restore", dir.resolve("none.zip").toString());
        assertEquals(1, restore.status(), restore.out());
        assertTrue(restore.err().contains("PostgreSQL"), restore.err());
        assertFalse(Files.exists(dir.resolve("data").resolve("roaddesk.mv.db")));
    }

    private static void assertOk(CliRun run) {
        assertEquals(0, run.status(), run.out() + run.err());
    }
}
