package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restores a backup into a data directory that holds no database — a new, empty one, or one
 * whose database file the user has moved aside. A live database is never overwritten.
 */
public final class RestoreBackup {

    private RestoreBackup() {
    }

    public static BackupCheck restore(Path zip, DataDirectory target) {
        if (!Files.isRegularFile(zip)) {
            throw new DataAccessException(FailureReason.OTHER, "backup.notFound", null, zip.toString());
        }
        if (target.hasDatabase()) {
            throw new DataAccessException(FailureReason.OTHER, "backup.restore.live", null, target.toString());
        }
        // Check the copy before putting it in place, so a bad zip leaves the directory as it was.
        BackupVerifier.verifyZip(zip);
        target.ensureExists();
        org.h2.tools.Restore.execute(zip.toAbsolutePath().toString(), target.path().toString(),
                DataDirectory.DATABASE_NAME);
        return BackupVerifier.verifyDirectory(target);
    }
}
