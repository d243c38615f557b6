package cn.shiguai.roaddesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.BackupFiles;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T01:00:00Z");

    @Test
    void dailyBackupsOnceADayKeepingTheLastThirty() {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            DutyLog log = new DutyLog(db);
            Backups backups = new Backups(db, log);
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
            assertTrue(backups.backupIfDue().orElseThrow().verified());
            assertTrue(backups.backupIfDue().isEmpty(), "one automatic backup per day");
            for (int day = 1; day <= Backups.KEEP + 2; day++) {
                clock.advance(Duration.ofDays(1));
                assertTrue(backups.backupIfDue().isPresent());
            }
            assertEquals(Backups.KEEP, backups.files().all(BackupFiles.Kind.AUTO).size());
            assertTrue(backups.backup(null).verified());
            assertEquals(1, backups.files().all(BackupFiles.Kind.MANUAL).size());
            assertTrue(log.verify().intact());
            assertEquals(1 + 1 + Backups.KEEP + 2 + 1, log.verify().count(), "each backup is logged");
        }
    }

    @Test
    void aBackupOfATamperedLogFailsVerification() {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            DutyLog log = new DutyLog(db);
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "原文"));
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "第二条"));
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改' WHERE seq = 1");
            BackupCheck check = new Backups(db, log).backup(dir.resolve("copy.zip"));
            assertFalse(check.verified());
            assertEquals(ChainReport.Problem.EDITED, check.chain().problem());
        }
    }

    @Test
    void restoreGoesOnlyIntoADirectoryWithoutADatabase() {
        DataDirectory data = DataDirectory.of(dir.resolve("live"));
        Path zip = dir.resolve("b.zip");
        try (Database db = Database.open(data, clock)) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "备份内容"));
            new Backups(db, new DutyLog(db)).backup(zip);
        }
        assertThrows(DataAccessException.class, () -> RestoreBackup.restore(zip, data));
        DataDirectory empty = DataDirectory.of(dir.resolve("empty"));
        BackupCheck restored = RestoreBackup.restore(zip, empty);
        assertTrue(restored.verified());
        assertEquals(1, restored.chain().count());
        try (Database db = Database.open(empty, clock)) {
            assertEquals("备份内容", new DutyLog(db).get(1).orElseThrow().text());
        }
    }
}
