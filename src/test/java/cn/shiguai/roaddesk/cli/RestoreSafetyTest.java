package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 7: a restore writes nothing it has not checked. Entries that point outside
 * the target are refused before a byte is written; a copy that fails verification never takes
 * the place of the target's (absent) database.
 */
class RestoreSafetyTest {
    @TempDir
    Path dir;

    private Path backupOf(String... entries) throws IOException {
        Path data = dir.resolve("live");
        CliRun add = CliRun.of("--data-dir", data.toString(), "log", "add", "备份里的记录");
        assertEquals(0, add.status(), add.err());
        Path zip = dir.resolve("good.zip");
        CliRun backup = CliRun.of("--data-dir", data.toString(), "backup", zip.toString());
        assertEquals(0, backup.status(), backup.out() + backup.err());
        return zip;
    }

    private static void zipWith(Path zip, byte[] database, String... names) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(name.equals("roaddesk.mv.db") ? database : "别处的文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static byte[] databaseIn(Path zip) throws IOException {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry("roaddesk.mv.db")).readAllBytes();
        }
    }

    @Test
    void entriesOutsideTheTargetAreRefusedBeforeAnythingIsWritten() throws IOException {
        byte[] database = databaseIn(backupOf());
        Path outside = dir.resolve("x");
        Path absolute = dir.resolve("abs-x");
        for (String evil : new String[] {"../../x", "../x", absolute.toString(), "sub/../../x", "..\\x"}) {
            Path zip = dir.resolve("evil.zip");
            zipWith(zip, database, "roaddesk.mv.db", evil);
            Path target = dir.resolve("target");
            CliRun refused = CliRun.of("--data-dir", target.toString(), "restore", zip.toString());
            String said = refused.out() + refused.err();
            assertEquals(1, refused.status(), evil + ": " + said);
            assertTrue(said.contains("已拒绝") && said.contains(evil), evil + ": " + said);
            assertFalse(said.contains("Exception") || said.contains("\tat "), said);
            assertFalse(Files.exists(outside) || Files.exists(absolute) || Files.exists(dir.resolve("target").resolve("x")));
            assertFalse(Files.exists(target.resolve("roaddesk.mv.db")), evil + ": a database was written");
        }
    }

    @Test
    void aCopyThatFailsVerificationLeavesTheTargetAsItWas() throws IOException {
        Path data = dir.resolve("live");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, CliRun.of("--data-dir", data.toString(), "log", "add", "记录 " + i).status());
        }
        try (Database db = Database.open(DataDirectory.of(data), Clock.systemUTC())) {
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改过' WHERE seq = 2");
        }
        // A zip made outside RoadDesk's backup (which would refuse to keep it): H2's own BACKUP TO.
        Path zip = dir.resolve("tampered.zip");
        try (Database db = Database.open(DataDirectory.of(data), Clock.systemUTC())) {
            db.backupTo(zip);
        }
        Path target = dir.resolve("target");
        CliRun restore = CliRun.of("--data-dir", target.toString(), "restore", zip.toString());
        String said = restore.out() + restore.err();
        assertEquals(3, restore.status(), said);
        assertTrue(said.contains("第 2 条被改动过"), said);
        assertFalse(Files.exists(target.resolve("roaddesk.mv.db")), "the unverified copy was put in place");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("restor")), "scratch left behind");
        }
    }
}
