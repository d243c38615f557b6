package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.dutylog.ChainVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens a copy of the database read-only — straight from the backup zip, or a restored
 * directory — and recomputes its duty-log chain. Nothing is written to the copy.
 */
public final class BackupVerifier {

    private BackupVerifier() {
    }

    /** Verifies a backup zip without extracting it. */
    public static BackupCheck verifyZip(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new DataAccessException(FailureReason.OTHER, "backup.notFound", null, zip.toString());
        }
        String url = "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/" + DataDirectory.DATABASE_NAME + ";ACCESS_MODE_DATA=r";
        return verify(url, zip);
    }

    /** Verifies the database of a data directory (e.g. right after a restore), read-only. */
    public static BackupCheck verifyDirectory(DataDirectory directory) {
        String url = "jdbc:h2:file:" + directory.path().resolve(DataDirectory.DATABASE_NAME) + ";ACCESS_MODE_DATA=r"
                + ";IFEXISTS=TRUE";
        return verify(url, directory.databaseFile());
    }

    private static BackupCheck verify(String url, Path file) {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return new BackupCheck(file, ChainVerifier.verify(c));
        } catch (SQLException e) {
            throw new DataAccessException(FailureReason.CORRUPT, "backup.unreadable", e, file.toString(),
                    e.getMessage());
        }
    }
}
