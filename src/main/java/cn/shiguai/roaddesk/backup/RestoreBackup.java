package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.BackupManifest;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.StorePassword;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Restores a backup into a data directory that holds no database — a new, empty one, or one
 * whose database file the user has moved aside. A live database is never overwritten. The copy
 * is extracted into a scratch folder beside the target and verified there; only a copy that
 * verifies is moved into the target, so a refused or failed restore leaves it as it was.
 */
public final class RestoreBackup {

    private RestoreBackup() {
    }

    /** The check of the restored copy; when it did not verify, nothing was put in place. */
    public static BackupCheck restore(Path zip, DataDirectory target) {
        if (!Files.isRegularFile(zip)) {
            throw new DataAccessException(FailureReason.OTHER, "backup.notFound", null, zip.toString());
        }
        if (target.hasDatabase()) {
            throw new DataAccessException(FailureReason.OTHER, "backup.restore.live", null, target.toString());
        }
        BackupManifest.read(zip).ifPresent(manifest -> {
            if (!manifest.matches(zip)) {
                throw new DataAccessException(FailureReason.OTHER, "backup.manifestMismatch", null, zip.toString(),
                        BackupManifest.beside(zip).toString());
            }
        });
        Path parent = target.path().getParent() == null ? target.path() : target.path().getParent();
        Path scratch = BackupVerifier.scratchFolder(parent, ".roaddesk-restoring-");
        try {
            BackupZip.extract(zip, scratch);
            BackupCheck check = BackupVerifier.verifyDirectory(DataDirectory.of(scratch));
            if (!check.verified()) {
                return new BackupCheck(zip, check.chain());
            }
            target.ensureExists();
            if (target.hasDatabase()) {
                throw new DataAccessException(FailureReason.OTHER, "backup.restore.live", null, target.toString());
            }
            try {
                Files.move(scratch.resolve(BackupZip.DATABASE_ENTRY), target.databaseFile(),
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // The target is on another disk than its parent folder: copied, then the scratch deleted.
                Files.move(scratch.resolve(BackupZip.DATABASE_ENTRY), target.databaseFile());
            }
            Path password = scratch.resolve(StorePassword.FILE);
            Path targetPassword = target.path().resolve(StorePassword.FILE);
            if (Files.isRegularFile(password)) {
                if (Files.exists(targetPassword)) {
                    // The password of the database moved aside: kept beside it, never lost.
                    Files.move(targetPassword, targetPassword.resolveSibling(StorePassword.FILE + ".before-restore-"
                            + System.currentTimeMillis()));
                }
                Files.move(password, targetPassword);
            }
            BackupZip.extractSideFiles(zip, target);
            return new BackupCheck(target.databaseFile(), check.chain());
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, target.toString(),
                    e.getMessage());
        } finally {
            BackupVerifier.deleteTree(scratch);
        }
    }
}
