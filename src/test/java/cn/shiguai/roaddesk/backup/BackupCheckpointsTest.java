package cn.shiguai.roaddesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoint;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointCheck;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointFile;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: each backup signs a checkpoint of the copy it verified and carries every
 * checkpoint known, so deleting the file beside the backups hides nothing, and a copy restores.
 */
class BackupCheckpointsTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T01:00:00Z");

    @Test
    void aBackupSignsItsCopyAndCarriesTheCheckpointsTheFileBesideItMayLose() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, clock)) {
            DutyLog log = new DutyLog(db);
            Checkpoints checkpoints = Checkpoints.of(db, log, data, clock);
            checkpoints.keys().unlock("刘雪峰", "刘雪峰的密码足够长了".toCharArray());
            checkpoints.keys().use("刘雪峰");
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "接班"));
            BackupCheck check = new Backups(db, log, checkpoints).backup();
            assertTrue(check.verified());
            try (ZipFile zip = new ZipFile(check.file().toFile())) {
                assertNotNull(zip.getEntry(CheckpointFile.ZIP_ENTRY), "the checkpoints are inside the backup");
                String lines = new String(zip.getInputStream(zip.getEntry(CheckpointFile.ZIP_ENTRY)).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(lines.contains("\"reason\":\"BACKUP\"") && lines.contains("\"entries\":2"), lines);
            }
            assertTrue(cn.shiguai.roaddesk.common.db.BackupManifest.verifies(check.file()),
                    "the manifest hashes the zip with its checkpoints");

            // Someone removes the newest entry and the file beside the backups: the backup still knows.
            Files.delete(checkpoints.file());
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "DELETE FROM duty_log WHERE seq > 1");
            CheckpointCheck found = checkpoints.verify();
            assertEquals(CheckpointCheck.Verdict.TRUNCATED, found.problems().get(0).verdict());
            assertEquals(Checkpoint.Reason.BACKUP, found.problems().get(0).checkpoint().reason());

            DataDirectory elsewhere = DataDirectory.of(dir.resolve("restored"));
            BackupCheck restored = RestoreBackup.restore(check.file(), elsewhere);
            assertTrue(restored.verified(), "a zip with checkpoints restores");
            assertEquals(2, restored.chain().count());
            try (var keys = Files.list(elsewhere.path().resolve("keys"))) {
                assertEquals(1, keys.count(), "the public keys came along");
            }
            try (Database copy = Database.open(elsewhere, clock)) {
                CheckpointCheck there = Checkpoints.of(copy, new DutyLog(copy), elsewhere, clock).verify();
                assertTrue(there.intact(), "the restored directory checks the checkpoints the backup carried");
                assertEquals(2, there.newestHolding().orElseThrow().entries());
            }
        }
    }
}
