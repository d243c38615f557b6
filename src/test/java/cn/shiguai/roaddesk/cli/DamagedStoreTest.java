package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.BackupManifest;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, findings 3 and 5: a damaged store is refused by every command, in words that say it
 * is damaged and name the newest backup that verifies (never a backup killed half-way), and the
 * damaged file stays byte for byte as it was.
 */
class DamagedStoreTest {
    private static final List<List<String>> COMMANDS = List.of(List.of("log", "list"), List.of("log", "verify"),
            List.of("log", "add", "损坏之后的记录"), List.of("backup"));

    @TempDir
    Path dir;

    private CliRun run(Path data, List<String> command) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", data.toString()), command.stream()).toArray(String[]::new));
    }

    /** A real database of the desk: entries in single commits, a verified backup, then closed compact. */
    private DataDirectory realDatabase() throws Exception {
        DataDirectory data = DataDirectory.of(dir.resolve("data"));
        try (Database db = Database.open(data, Clock.systemUTC())) {
            DutyLog log = new DutyLog(db);
            for (int i = 0; i < 400; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, "交管大队来电：五当召镇旅游公路 K12 弯道结冰，已通知巡查 " + i));
            }
        }
        CliRun backup = run(data.path(), List.of("backup"));
        assertEquals(0, backup.status(), backup.err());
        // Dense, as H2 leaves a file it compacted: every page in the middle of it holds live data.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.path().resolve("roaddesk"), "sa",
                cn.shiguai.roaddesk.common.db.StorePassword.of(data));
             PreparedStatement compact = c.prepareStatement("SHUTDOWN COMPACT")) {
            compact.execute();
        }
        return data;
    }

    /**
     * What a backup killed half-way leaves (a newer zip, cut short, without manifest), and a newer
     * zip whose manifest no longer matches it (altered after it verified). Returns the good one.
     */
    private static Path killedBackup(DataDirectory data) throws IOException {
        Path verified;
        try (Stream<Path> files = Files.list(data.backups())) {
            verified = files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(verified);
        Files.write(data.backups().resolve("manual-29991231-235959.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path altered = data.backups().resolve("manual-29991231-235958.zip");
        Files.write(altered, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        Files.copy(BackupManifest.beside(verified), BackupManifest.beside(altered));
        return verified;
    }

    private void assertRefusedUnchanged(DataDirectory data, Path verifiedBackup) throws Exception {
        byte[] before = sha256(data.databaseFile());
        for (List<String> command : COMMANDS) {
            CliRun refused = run(data.path(), command);
            String said = refused.out() + refused.err();
            assertEquals(1, refused.status(), command + ": " + said);
            assertTrue(said.contains("已损坏"), command + ": " + said);
            assertFalse(said.contains("只能读取"), command + " must not call a damaged file read-only: " + said);
            assertTrue(said.contains(verifiedBackup.getFileName().toString()), command + ": " + said);
            assertFalse(said.contains("29991231"), command + " offered a backup that does not verify: " + said);
            assertFalse(said.contains("Exception") || said.contains("\tat "), command + ": " + said);
            assertArrayEquals(before, sha256(data.databaseFile()), command + " changed the damaged file");
        }
        CliRun english = CliRun.of("--lang", "en", "--data-dir", data.path().toString(), "log", "list");
        assertTrue(english.err().contains("damaged"), english.err());
    }

    @Test
    void aPageZeroedInTheMiddleIsRefusedByEveryCommand() throws Exception {
        DataDirectory data = realDatabase();
        Path verified = killedBackup(data);
        try (RandomAccessFile file = new RandomAccessFile(data.databaseFile().toFile(), "rw")) {
            long page = file.length() / 2 / 4096 * 4096;
            file.seek(page);
            file.write(new byte[4096]);
        }
        assertRefusedUnchanged(data, verified);
    }

    @Test
    void aFileCutShortIsDamagedNotReadOnly() throws Exception {
        DataDirectory data = realDatabase();
        Path verified = killedBackup(data);
        byte[] whole = Files.readAllBytes(data.databaseFile());
        for (int length : new int[] {8 * 1024, 10 * 1024, 12 * 1024, whole.length / 2}) {
            Files.write(data.databaseFile(), java.util.Arrays.copyOf(whole, length));
            assertRefusedUnchanged(data, verified);
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
