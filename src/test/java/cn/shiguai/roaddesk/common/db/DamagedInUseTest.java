package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file damaged while the store is open (a failing disk): the first read that meets the damage
 * marks the store damaged, every write after it is refused in words that say so, and closing
 * writes nothing more to the file.
 */
class DamagedInUseTest {
    @TempDir
    Path dir;

    @Test
    void aReadThatMeetsDamageStopsEveryWriteAfterIt() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            DutyLog log = new DutyLog(db);
            // Long texts, so that the log's own rows fill most of the file and its middle page is
            // one that verify reads, whatever else the schema holds (V13, then V30, moved the compacted layout).
            String call = "交管大队来电：旅游公路 K12 弯道结冰 ".repeat(20);
            // (V21 and V30 added tables again: 1,200 of them.)
            for (int i = 0; i < 1200; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, call + i));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("roaddesk"), "sa",
                StorePassword.of(DataDirectory.of(dir)));
             PreparedStatement compact = c.prepareStatement("SHUTDOWN COMPACT")) {
            compact.execute();
        }

        Database db = Database.open(data, Clock.systemUTC(), Database.Mode.WRITE);
        try (RandomAccessFile file = new RandomAccessFile(data.databaseFile().toFile(), "rw")) {
            file.seek(file.length() / 2 / 4096 * 4096);
            file.write(new byte[4096]);
        }
        byte[] damaged = sha256(data.databaseFile());
        DutyLog log = new DutyLog(db);

        DataAccessException read = assertThrows(DataAccessException.class, log::verify);
        assertEquals(FailureReason.CORRUPT, read.reason(), read.toString());
        assertTrue(db.isDamaged());
        DataAccessException write = assertThrows(DataAccessException.class,
                () -> log.append(LogDraft.of("王值班", LogCategory.NOTE, "损坏之后的记录")));
        assertEquals(FailureReason.CORRUPT, write.reason());
        assertTrue(write.message(Messages.chinese()).contains("已损坏"), write.message(Messages.chinese()));
        assertTrue(write.message(Messages.english()).contains("damaged"), write.message(Messages.english()));
        db.close();
        assertArrayEquals(damaged, sha256(data.databaseFile()), "nothing was written after the damage was found");
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
