package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBackupTest {
    @TempDir
    Path dir;

    @Test
    void anExistingDatabaseIsBackedUpBeforeItIsMigrated() {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "迁移之前的记录"));
        }
        BackupFiles backups = new BackupFiles(data.backups());
        assertTrue(backups.all().isEmpty(), "a new database needs no backup");

        OpenOptions later = OpenOptions.STANDARD.withMigrations(Migrations.LOCATION, "classpath:db/test-migration");
        try (Database db = Database.open(data, Clock.systemUTC(), later)) {
            assertEquals(0L, (long) db.read(c -> TestDatabases.count(c, "later_version_marker")), "V999 ran");
        }
        assertEquals(1, backups.all(BackupFiles.Kind.PRE_MIGRATION).size());

        try (Database db = Database.open(data, Clock.systemUTC(), later)) {
            assertEquals(1, backups.all(BackupFiles.Kind.PRE_MIGRATION).size(), "no backup when nothing is pending");
        }
        // This build does not know version 999: the migrated database is now too new for it.
        DataAccessException refused = org.junit.jupiter.api.Assertions.assertThrows(DataAccessException.class,
                () -> Database.open(data, Clock.systemUTC()));
        assertEquals(FailureReason.TOO_NEW, refused.reason());
    }
}
