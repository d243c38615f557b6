package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that cannot reach the disk fails with a message and leaves nothing behind: neither
 * the state change nor its log entry. (Tests run as root, so chmod cannot make a directory
 * read-only; H2's read-only mode and a file system that fills up are used instead.)
 */
class WriteFailuresTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreDisk() {
        FilePathFullDisk.unlimited();
    }

    @Test
    void aFullDiskFailsTheWriteAndLeavesNoPartialEntry() {
        FilePathFullDisk.register();
        DataDirectory data = DataDirectory.of(dir);
        Database db = Database.open(data, Clock.systemUTC(), new OpenOptions(FilePathFullDisk.SCHEME + ":file:", ""));
        DutyLog log = new DutyLog(db);
        log.append(LogDraft.of("王值班", LogCategory.NOTE, "磁盘满之前的记录"));

        FilePathFullDisk.allowBytes(0);
        DataAccessException failed = assertThrows(DataAccessException.class, () -> db.write(txn -> {
            TestDatabases.insertLocation(txn, "五当召镇 旅游公路 K12 弯道");
            return log.append(txn, LogDraft.of("系统", LogCategory.READING, "新增监测点").concerning(LinkType.LOCATION, 1));
        }));
        assertEquals(FailureReason.DISK_FULL, failed.reason(), failed.toString());
        assertTrue(failed.message(Messages.chinese()).contains("磁盘已满"));
        assertTrue(failed.message(Messages.chinese()).contains(data.toString()));
        db.close();

        FilePathFullDisk.unlimited();
        try (Database reopened = Database.open(data, Clock.systemUTC())) {
            DutyLog after = new DutyLog(reopened);
            assertEquals(1, after.verify().count());
            assertTrue(after.verify().intact());
            assertEquals(0L, (long) reopened.read(c -> TestDatabases.count(c, "monitoring_location")));
        }
    }

    @Test
    void aReadOnlyDatabaseFailsTheWriteAndLeavesNoPartialEntry() {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "只读之前的记录"));
        }
        try (Database readOnly = Database.open(data, Clock.systemUTC(), new OpenOptions("file:", ";ACCESS_MODE_DATA=r"))) {
            DutyLog log = new DutyLog(readOnly);
            DataAccessException failed = assertThrows(DataAccessException.class,
                    () -> log.append(LogDraft.of("王值班", LogCategory.NOTE, "写不进去的记录")));
            assertEquals(FailureReason.READ_ONLY, failed.reason());
            assertTrue(failed.message(Messages.english()).contains("can be read but not written"));
            assertEquals(1, log.verify().count());
        }
        try (Database db = Database.open(data, Clock.systemUTC())) {
            assertEquals(1, new DutyLog(db).verify().count());
        }
    }
}
