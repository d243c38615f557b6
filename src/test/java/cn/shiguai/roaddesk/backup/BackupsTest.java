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
import cn.shiguai.roaddesk.common.db.BackupManifest;
import cn.shiguai.roaddesk.common.files.FileDigest;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
            assertTrue(backups.backup().verified());
            assertEquals(1, backups.files().all(BackupFiles.Kind.MANUAL).size());
            assertTrue(log.verify().intact());
            assertEquals(1 + 1 + Backups.KEEP + 2 + 1, log.verify().count(), "each backup is logged");
        }
    }

    @Test
    void aBackupOfATamperedLogFailsVerification() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            DutyLog log = new DutyLog(db);
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "原文"));
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "第二条"));
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改' WHERE seq = 1");
            BackupCheck check = new Backups(db, log).backup(dir.resolve("copy.zip"), false);
            assertFalse(check.verified());
            assertEquals(ChainReport.Problem.EDITED, check.chain().problem());
            assertFalse(Files.exists(dir.resolve("copy.zip")), "a copy that does not verify is not kept");
            assertFalse(Files.exists(BackupManifest.beside(dir.resolve("copy.zip"))));
            assertEquals(List.of(), leftovers(dir));
        }
    }

    @Test
    void aBackupBecomesOneOnlyOnceVerifiedWithItsManifest() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            DutyLog log = new DutyLog(db);
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
            ChainReport before = log.verify();
            BackupCheck check = new Backups(db, log).backup();
            assertTrue(check.verified());
            BackupManifest manifest = BackupManifest.read(check.file()).orElseThrow();
            assertEquals(FileDigest.sha256(check.file()), manifest.sha256());
            assertEquals(before.count(), manifest.entries());
            assertEquals(before.headHash(), manifest.headHash());
            assertEquals(Optional.of(check.file()), new BackupFiles(data.backups()).latestVerified());
            assertEquals(List.of(), leftovers(data.backups()), "no temporary file or scratch copy is left");
        }
    }

    @Test
    void aBackupNeverLandsOnTheStoreOrAnExistingFile() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            Backups backups = new Backups(db, new DutyLog(db));
            for (Path store : data.storeFiles()) {
                assertThrows(OutputRefusedException.class, () -> backups.backup(store, true), store.toString());
            }
            Path existing = Files.writeString(dir.resolve("mine.zip"), "我的文件");
            assertThrows(OutputRefusedException.class, () -> backups.backup(existing, false));
            assertEquals("我的文件", Files.readString(existing));
            assertTrue(backups.backup(existing, true).verified(), "--force replaces it");
        }
    }

    private static List<String> leftovers(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void restoreGoesOnlyIntoADirectoryWithoutADatabase() throws Exception {
        DataDirectory data = DataDirectory.of(dir.resolve("live"));
        Path zip = dir.resolve("b.zip");
        try (Database db = Database.open(data, clock)) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "备份内容"));
            new Backups(db, new DutyLog(db)).backup(zip, false);
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
