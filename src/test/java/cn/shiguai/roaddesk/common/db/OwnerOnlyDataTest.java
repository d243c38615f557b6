package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.common.files.OwnerOnly;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7: the data directory and every file in it are its owner's only (0700 / 0600). */
class OwnerOnlyDataTest {
    @TempDir
    Path parent;

    private final TestClock clock = TestClock.at("2026-01-12T01:00:00Z");

    /** Every folder and file of the tree whose permissions are not owner-only, with what they are. */
    private static List<String> notOwnerOnly(Path root) throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                var expected = Files.isDirectory(p) ? OwnerOnly.FOLDER : OwnerOnly.FILE;
                var actual = Files.getPosixFilePermissions(p);
                if (!actual.equals(expected)) {
                    wrong.add(root.relativize(p) + " " + PosixFilePermissions.toString(actual));
                }
            }
        }
        return wrong;
    }

    @Test
    void aNewDataDirectoryAndEverythingTheDeskWritesInItAreOwnerOnly() throws Exception {
        assertTrue(OwnerOnly.posix(), "these machines are POSIX; the Windows profile is its user's already");
        DataDirectory data = DataDirectory.of(parent.resolve("new").resolve("roaddesk"));
        try (Database db = Database.open(data, clock)) {
            AppLog.install(data.path());
            DutyLog log = new DutyLog(db);
            Checkpoints checkpoints = Checkpoints.of(db, log, data, clock);
            checkpoints.keys().unlock("王海燕", "王海燕的密码也够长了".toCharArray());
            checkpoints.keys().use("王海燕");
            log.append(LogDraft.of("王海燕", LogCategory.NOTE, "交班"));
            assertTrue(new Backups(db, log, checkpoints).backup().verified());
            AppLog.warning("a line in the application log");
        } finally {
            AppLog.install(parent.resolve("elsewhere"));
        }
        assertTrue(Files.exists(data.databaseFile()));
        assertTrue(Files.isDirectory(data.path().resolve("keys")));
        assertTrue(Files.isDirectory(data.path().resolve(AppLog.FOLDER)));
        assertEquals(List.of(), notOwnerOnly(data.path()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(parent.resolve("new"))),
                "a parent the desk had to create too");
    }

    @Test
    void aDirectoryAnOlderVersionLeftReadableIsNarrowedAtTheStart() throws Exception {
        DataDirectory data = DataDirectory.of(parent.resolve("old"));
        try (Database db = Database.open(data, clock)) {
            new DutyLog(db).append(LogDraft.of("王海燕", LogCategory.NOTE, "交班"));
        }
        Files.setPosixFilePermissions(data.path(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.databaseFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(data.path().resolve("window.properties"), "x=1\n");
        Files.setPosixFilePermissions(data.path().resolve("window.properties"), PosixFilePermissions.fromString("rw-rw-r--"));
        try (Database db = Database.open(data, clock)) {
            assertEquals(List.of(), notOwnerOnly(data.path()));
        }
    }
}
