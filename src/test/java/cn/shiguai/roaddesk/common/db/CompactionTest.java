package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the store's file is compacted, and that reading never writes to it. */
class CompactionTest {
    private static final OpenOptions FULL_DISK = new OpenOptions(FilePathFullDisk.SCHEME + ":file:", "",
            folder -> FilePathFullDisk.freeBytes());

    @TempDir
    Path dir;

    @AfterEach
    void restoreDisk() {
        FilePathFullDisk.unlimited();
    }

    /** Single-entry commits, as at the desk, leave most of the file dead chunks by the end of the session. */
    private static long sparseSession(DataDirectory data, OpenOptions options, long freeAtClose) throws IOException {
        Database db = Database.open(data, Clock.systemUTC(), options);
        DutyLog log = new DutyLog(db);
        for (int i = 0; i < 300; i++) {
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "单条提交的记录 " + i));
        }
        assertTrue(db.read(Housekeeping::worthCompacting), "the session must leave a file worth compacting");
        long size = Files.size(data.databaseFile());
        FilePathFullDisk.allowBytes(freeAtClose < 0 ? 3 * size : freeAtClose);
        db.close();
        FilePathFullDisk.unlimited();
        return size;
    }

    @Test
    void theWindowsSessionIsCompactedWhenTheDiskHasTwiceTheFileFree() throws IOException {
        FilePathFullDisk.register();
        DataDirectory data = DataDirectory.of(dir);
        long before = sparseSession(data, FULL_DISK, -1);
        long after = Files.size(data.databaseFile());
        assertTrue(after < before / 2, before + " → " + after);
        assertFalse(Files.exists(data.compactionCopy()));
        try (Database db = Database.open(data, Clock.systemUTC())) {
            assertEquals(300, new DutyLog(db).verify().count());
        }
    }

    @Test
    void withLessThanTwiceTheFileFreeNothingIsCompacted() throws IOException {
        FilePathFullDisk.register();
        DataDirectory data = DataDirectory.of(dir);
        long before = sparseSession(data, FULL_DISK, 0);
        long after = Files.size(data.databaseFile());
        assertTrue(after >= before, "not compacted: " + before + " → " + after);
        assertFalse(Files.exists(data.compactionCopy()));
        try (Database db = Database.open(data, Clock.systemUTC())) {
            assertEquals(300, new DutyLog(db).verify().count());
        }
    }

    @Test
    void aCommandThatWritesClosesWithoutCompacting() throws IOException {
        DataDirectory data = DataDirectory.of(dir);
        long before;
        try (Database db = Database.open(data, Clock.systemUTC(), Database.Mode.WRITE)) {
            DutyLog log = new DutyLog(db);
            for (int i = 0; i < 300; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, "单条提交的记录 " + i));
            }
            assertTrue(db.read(Housekeeping::worthCompacting));
            before = Files.size(data.databaseFile());
        }
        assertTrue(Files.size(data.databaseFile()) >= before, "a command never compacts");
    }

    @Test
    void readingNeverChangesTheFileAndRefusesToWrite() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC(), Database.Mode.WRITE)) {
            DutyLog log = new DutyLog(db);
            for (int i = 0; i < 300; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, "单条提交的记录 " + i));
            }
        }
        byte[] before = sha256(data.databaseFile());
        try (Database db = Database.open(data, Clock.systemUTC(), Database.Mode.READ)) {
            DutyLog log = new DutyLog(db);
            assertEquals(300, log.verify().count());
            assertEquals(300, log.list(cn.shiguai.roaddesk.dutylog.LogQuery.between(null, null)).size());
            DataAccessException refused = assertThrows(DataAccessException.class,
                    () -> log.append(LogDraft.of("王值班", LogCategory.NOTE, "读取时写不进去")));
            assertEquals(FailureReason.READ_ONLY, refused.reason(), refused.toString());
        }
        assertArrayEquals(before, sha256(data.databaseFile()), "reading wrote to the file");
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
