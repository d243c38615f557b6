package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.files.FileDigest;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases RoadDesk must refuse without changing a byte: damaged ones, and ones from a newer version. */
class RefusedDatabasesTest {
    @TempDir
    Path dir;

    private DataDirectory goodDatabaseWithBackup(Path where) {
        DataDirectory data = DataDirectory.of(where);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "损坏之前的记录"));
            Path zip = new BackupFiles(data.backups()).newFile(BackupFiles.Kind.AUTO, Clock.systemUTC());
            db.backupTo(zip);
            // Only a backup that verified is ever offered: this one is, as its manifest says.
            ChainReport chain = new DutyLog(db).verify();
            new BackupManifest(FileDigest.sha256(zip), chain.count(), chain.headHash(), Instant.now()).writeBeside(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    @Test
    void aDamagedFileIsRefusedKeptUntouchedAndTheLatestBackupOffered() throws Exception {
        DataDirectory good = goodDatabaseWithBackup(dir.resolve("good"));
        DataDirectory damaged = DataDirectory.of(dir.resolve("damaged")).ensureExists();
        Files.copy(good.databaseFile(), damaged.databaseFile());
        Path backup = new BackupFiles(good.backups()).latest().orElseThrow();
        Files.copy(backup, damaged.backups().resolve(backup.getFileName()));
        Files.copy(BackupManifest.beside(backup), BackupManifest.beside(damaged.backups().resolve(backup.getFileName())));
        garble(damaged.databaseFile());
        byte[] before = Files.readAllBytes(damaged.databaseFile());

        DataAccessException refused = assertThrows(DataAccessException.class,
                () -> Database.open(damaged, Clock.systemUTC()));

        assertEquals(FailureReason.CORRUPT, refused.reason(), refused.toString());
        assertEquals(damaged.backups().resolve(backup.getFileName()), refused.latestBackup().orElseThrow());
        String message = refused.message(Messages.chinese());
        assertTrue(message.contains("已损坏") && message.contains(backup.getFileName().toString()), message);
        assertArrayEquals(before, Files.readAllBytes(damaged.databaseFile()), "the damaged file must stay as it was");
    }

    @Test
    void aFileThatIsNoDatabaseAtAllIsRefused() throws IOException {
        DataDirectory data = DataDirectory.of(dir).ensureExists();
        Files.writeString(data.databaseFile(), "这不是数据库文件");
        DataAccessException refused = assertThrows(DataAccessException.class,
                () -> Database.open(data, Clock.systemUTC()));
        assertEquals(FailureReason.CORRUPT, refused.reason(), refused.toString());
        assertTrue(refused.message(Messages.chinese()).contains("没有找到可用的备份"));
        assertEquals("这不是数据库文件", Files.readString(data.databaseFile()));
    }

    @Test
    void aDatabaseMigratedByANewerVersionIsRefusedAndNeverModified() throws Exception {
        DataDirectory data = goodDatabaseWithBackup(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", "
                        + "\"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                        + "\"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', "
                        + "'V99__from_the_future.sql', 1, 'sa', 1, TRUE)")) {
                    ps.executeUpdate();
                }
                return null;
            });
        }
        byte[] before = sha256(data.databaseFile());
        int backupsBefore = new BackupFiles(data.backups()).all().size();

        DataAccessException refused = assertThrows(DataAccessException.class,
                () -> Database.open(data, Clock.systemUTC()));

        assertEquals(FailureReason.TOO_NEW, refused.reason());
        assertTrue(refused.message(Messages.chinese()).contains("99"), refused.message(Messages.chinese()));
        assertTrue(refused.message(Messages.english()).contains("newer RoadDesk"));
        assertArrayEquals(before, sha256(data.databaseFile()));
        assertEquals(backupsBefore, new BackupFiles(data.backups()).all().size());
    }

    /** Overwrites both file headers of the MVStore, as a failing disk might. */
    private static void garble(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 0x5A);
        Path temp = file.resolveSibling("garbled.tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
