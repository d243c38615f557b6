package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-to} (issue 15, item 8): an office's embedded store, with a cold spell's readings,
 * decisions, measures, an issued document, an upper level, a warning and a merged point, moved
 * to an empty PostgreSQL database; the chain there verifies with the same head hash, every record
 * still matches its hash, the log reads the same, and the seats go on writing there.
 */
class MigrateToCommandTest {
    private static final String DAY = "2026-01-12";

    @TempDir
    Path dir;
    private StoreChoice.Server server;

    @BeforeEach
    void rolesForTheMove() throws IOException {
        server = TestPostgres.freshServer(dir.resolve("data"));
        // The roles only: without database.url the data directory still uses its embedded file.
        Files.createDirectories(dir.resolve("data"));
        Path file = Files.writeString(dir.resolve("data").resolve("roaddesk.properties"),
                "database.user=" + server.seat().user() + "\ndatabase.password=" + server.seat().password()
                        + "\ndatabase.owner.user=" + server.owner().user() + "\ndatabase.owner.password="
                        + server.owner().password() + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private CliRun onServer(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString(), "--db", server.url()),
                Stream.of(args)).toArray(String[]::new));
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return Files.write(dir.resolve(Path.of(name).getFileName()), in.readAllBytes());
        }
    }

    @Test
    void anOfficeMovesToTheServerWithItsChainIntact() throws IOException {
        fillTheFile();
        CliRun before = run("log", "verify");
        assertEquals(0, before.status(), before.out() + before.err());
        String listed = run("log", "list", "--format", "jsonl").out();

        CliRun moved = run("migrate-to", server.url());
        assertEquals(0, moved.status(), moved.out() + moved.err());
        assertTrue(moved.out().contains(before.out().strip()), moved.out());

        CliRun there = onServer("log", "verify");
        assertEquals(0, there.status(), there.out() + there.err());
        assertEquals(before.out().strip(), there.out().strip(), "the same head hash on the server");
        assertEquals(listed, onServer("log", "list", "--format", "jsonl").out());
        assertEquals(run("upper-level", "--list").out(), onServer("upper-level", "--list").out());

        // Keys go on after the copied ones: new records and entries are written on the server.
        assertEquals(0, onServer("import", sample("station-readings.csv").toString()).status());
        assertEquals(0, onServer("log", "add", "迁移后的第一条").status());
        assertEquals(0, onServer("log", "verify").status());
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        assertEquals(0, run("log", "add", "交班").status());
        assertEquals(0, run("migrate-to", server.url()).status());
        assertEquals(0, run("log", "add", "又一条").status());
        CliRun again = run("migrate-to", server.url());
        assertEquals(1, again.status(), again.out());
        assertTrue(again.err().contains("不是空的"), again.err());
        assertEquals(1, onServer("log", "list").out().strip().split("\\R").length);
    }

    @Test
    void withoutTheOwnerNothingIsMoved() throws IOException {
        Files.writeString(dir.resolve("data").resolve("roaddesk.properties"),
                "database.user=" + server.seat().user() + "\ndatabase.password=" + server.seat().password() + "\n");
        assertEquals(0, run("log", "add", "交班").status());
        CliRun refused = run("migrate-to", server.url());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("ROADDESK_DB_OWNER_USER"), refused.err());
    }

    /** The sample cold spell, a document, an upper level, a warning and a point merged into a later one. */
    private void fillTheFile() throws IOException {
        try (Database db = Database.open(DataDirectory.of(dir.resolve("data")).ensureExists(), Clock.systemUTC());
             Office office = Office.onCallingThread(db, TestDesk.RULES, Clock.systemUTC())) {
            SampleReadings.fill(office.readings(), LocalDate.parse(DAY));
            SampleReadings.respond(office, LocalDate.parse(DAY), office.stores().log());
            List<MonitoringPoints.Point> all = office.points().list();
            List<MonitoringPoints.Point> points = all.stream().filter(p -> p.location().kind() == all.get(0).location().kind())
                    .sorted(Comparator.comparing(p -> p.location().id())).toList();
            long first = points.get(0).location().id();
            long last = points.get(points.size() - 1).location().id();
            office.points().merge(first, last, "同一处，名字录错", "王海燕");
        }
        assertEquals(0, run("report", "daily", "--date", DAY, "--out", dir.resolve("d.pdf").toString(), "--issue",
                "--by", "王海燕").status());
        assertEquals(0, run("upper-level", "--by", "包头市", "--level", "III", "--since", "2026-01-12 08:00").status());
        assertEquals(0, run("import", sample("cap/road-icing-orange.cap").toString()).status());
        assertEquals(0, run("log", "add", "--category", "PHONE_IN", "交管大队来电").status());
    }
}
