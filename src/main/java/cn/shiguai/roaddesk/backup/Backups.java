package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.BackupFiles;
import cn.shiguai.roaddesk.common.db.BackupManifest;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.files.FileDigest;
import cn.shiguai.roaddesk.common.files.OutputFile;
import cn.shiguai.roaddesk.common.files.OwnerOnly;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoint;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointFile;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of the open database: taken online (H2 {@code BACKUP TO}, consistent while in use)
 * into a temporary file, verified as a file (extracted, read in full, chain recomputed), and
 * only then renamed to their name with a manifest beside them and recorded in the duty log. A
 * copy that does not verify is not kept. The window takes one automatically each day and at
 * exit, keeping the last {@value #KEEP} automatic ones.
 */
public final class Backups {
    public static final int KEEP = 30;

    private final Database database;
    private final DutyLog log;
    private final DataDirectory directory;
    private final BackupFiles files;
    private final Checkpoints checkpoints;

    public Backups(Database database, DutyLog log) {
        this(database, log, null);
    }

    /** @param checkpoints signs a checkpoint of each verified copy and embeds the known ones in it; null for none */
    public Backups(Database database, DutyLog log, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.database = database;
        this.log = log;
        this.directory = database.directory()
                .orElseThrow(() -> new IllegalArgumentException("an in-memory database has no backups"));
        this.files = new BackupFiles(directory.backups());
    }

    public BackupFiles files() {
        return files;
    }

    /** A manual backup to a timestamped file in the backups folder. */
    public BackupCheck backup() {
        return take(files.newFile(BackupFiles.Kind.MANUAL, database.clock()), false);
    }

    /**
     * A manual backup to {@code target}, or to a timestamped file in the backups folder when null.
     *
     * @param replace whether an existing file at {@code target} may be replaced
     * @throws OutputRefusedException when {@code target} is one of the store's files, or exists
     */
    public BackupCheck backup(Path target, boolean replace) throws OutputRefusedException {
        if (target == null) {
            return backup();
        }
        OutputFile.check(target, directory.storeFiles(), replace);
        return take(target, replace);
    }

    /** The daily automatic backup, unless one was already taken today (district calendar). */
    public Optional<BackupCheck> backupIfDue() {
        if (database.server().isPresent()) {
            // The office backs up the server (pg_dump); there is no file here to copy.
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(database.clock().withZone(BackupFiles.DISTRICT_ZONE));
        boolean takenToday = files.all(BackupFiles.Kind.AUTO).stream()
                .anyMatch(p -> p.getFileName().toString().startsWith(BackupFiles.Kind.AUTO.prefix() + "-"
                        + today.toString().replace("-", "")));
        return takenToday ? Optional.empty() : Optional.of(backupAutomatically());
    }

    /** The automatic backup at exit (also used by {@link #backupIfDue}). */
    public BackupCheck backupAutomatically() {
        BackupCheck check = take(files.newFile(BackupFiles.Kind.AUTO, database.clock()), false);
        prune();
        return check;
    }

    private synchronized BackupCheck take(Path target, boolean replace) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            removeLeftovers(directory.backups());
            OutputFile output = OutputFile.check(target, directory.storeFiles(), replace);
            try (OutputFile.Staged staged = output.stageEmpty()) {
                database.backupTo(staged.path());
                BackupCheck check = new BackupCheck(target, BackupVerifier.verifyZip(staged.path(), folder).chain());
                if (!check.verified()) {
                    return check;
                }
                embedCheckpoints(target, check, staged.path());
                String sha256 = FileDigest.sha256(staged.path());
                staged.commit();
                new BackupManifest(sha256, check.chain().count(), check.chain().headHash(), database.now())
                        .writeBeside(target);
                // The whole database, wherever it is written: its owner's only (issue 14, item 7).
                OwnerOnly.restrict(target);
                OwnerOnly.restrict(BackupManifest.beside(target));
                record(target, check);
                return check;
            }
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, folder.toString(),
                    e.getMessage());
        } catch (OutputRefusedException e) {
            throw new IllegalStateException("a fresh backup name was refused: " + e.getMessage(), e);
        }
    }

    /**
     * A checkpoint of the copy as it verified (issue 14, item 6), when a key is unlocked, and every
     * checkpoint known so far inside the zip: a copy kept elsewhere carries them with it.
     */
    private void embedCheckpoints(Path target, BackupCheck check, Path zip) throws IOException {
        if (checkpoints == null) {
            return;
        }
        checkpoints.write(check.chain(), Checkpoint.Reason.BACKUP, target.getFileName().toString());
        byte[] lines = CheckpointFile.bytes(checkpoints.file());
        if (lines.length > 0) {
            BackupZip.embedCheckpoints(zip, lines, checkpoints.keys().files());
        }
    }

    private void record(Path target, BackupCheck check) {
        // The office's record is kept in Chinese whatever the language of the screen.
        String text = Messages.chinese().format("backup.logText", target.toAbsolutePath().toString(),
                String.valueOf(check.chain().count()), check.chain().headHash());
        database.write(txn -> log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.BACKUP, text)));
    }

    /** Temporary files of a backup or a check that was killed: never a backup, only taking space. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                } else if (name.startsWith(".verify-") && Files.isDirectory(p)) {
                    BackupVerifier.deleteTree(p);
                }
            }
        }
    }

    /** Removes automatic backups beyond the newest {@value #KEEP}; manual and pre-migration ones stay. */
    void prune() {
        List<Path> auto = files.all(BackupFiles.Kind.AUTO);
        for (Path old : auto.subList(0, Math.max(0, auto.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
                Files.deleteIfExists(BackupManifest.beside(old));
            } catch (IOException e) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, old.toString(),
                        e.getMessage());
            }
        }
    }
}
