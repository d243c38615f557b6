package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.StoreCheck;
import cn.shiguai.roaddesk.common.db.StorePassword;
import cn.shiguai.roaddesk.dutylog.ChainVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Verifies a copy of the database as a file: the zip is extracted sequentially into a scratch
 * folder, the copy is read in full read-only ({@link StoreCheck}) and its duty-log chain
 * recomputed, and the scratch folder is deleted. Nothing is written to the copy.
 */
public final class BackupVerifier {

    private BackupVerifier() {
    }

    /** Verifies a backup zip, extracting it into a scratch folder inside {@code scratchParent}. */
    public static BackupCheck verifyZip(Path zip, Path scratchParent) {
        Path scratch = scratchFolder(scratchParent, ".verify-");
        try {
            BackupZip.extract(zip, scratch);
            return new BackupCheck(zip, verifyDirectory(DataDirectory.of(scratch)).chain());
        } finally {
            deleteTree(scratch);
        }
    }

    /** Verifies the database of a data directory (e.g. a restored copy), read-only. */
    public static BackupCheck verifyDirectory(DataDirectory directory) {
        Path file = directory.databaseFile();
        try {
            StoreCheck.run(directory);
        } catch (DataAccessException e) {
            throw e.reason() == FailureReason.LOCKED || e.reason() == FailureReason.FOREIGN_CODE ? e
                    : new DataAccessException(FailureReason.CORRUPT, "backup.unreadable", e, file.toString(),
                            e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        String url = "jdbc:h2:file:" + directory.path().resolve(DataDirectory.DATABASE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, StorePassword.USER, StorePassword.of(directory))) {
            return new BackupCheck(file, ChainVerifier.verify(c));
        } catch (SQLException e) {
            throw new DataAccessException(FailureReason.CORRUPT, "backup.unreadable", e, file.toString(),
                    e.getMessage());
        }
    }

    static Path scratchFolder(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, parent.toString(),
                    e.getMessage());
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A scratch copy left behind wastes space but harms nothing: it is never read again.
        }
    }
}
