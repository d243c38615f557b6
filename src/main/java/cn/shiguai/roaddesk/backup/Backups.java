package cn.shiguai.roaddesk.backup;

import cn.shiguai.roaddesk.common.db.BackupFiles;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the open database: taken online (H2 {@code BACKUP TO}, consistent while in use),
 * verified by opening the copy read-only, and recorded in the duty log. The window takes one
 * automatically each day and at exit, keeping the last {@value #KEEP} automatic ones.
 */
public final class Backups {
    public static final int KEEP = 30;

    private final Database database;
    private final DutyLog log;
    private final BackupFiles files;

    public Backups(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
        this.files = new BackupFiles(database.directory()
                .orElseThrow(() -> new IllegalArgumentException("an in-memory database has no backups"))
                .backups());
    }

    public BackupFiles files() {
        return files;
    }

    /** A manual backup to {@code target}, or to a timestamped file in the backups folder when null. */
    public BackupCheck backup(Path target) {
        return take(target == null ? files.newFile(BackupFiles.Kind.MANUAL, database.clock()) : target);
    }

    /** The daily automatic backup, unless one was already taken today (district calendar). */
    public Optional<BackupCheck> backupIfDue() {
        LocalDate today = LocalDate.now(database.clock().withZone(BackupFiles.DISTRICT_ZONE));
        boolean takenToday = files.all(BackupFiles.Kind.AUTO).stream()
                .anyMatch(p -> p.getFileName().toString().startsWith(BackupFiles.Kind.AUTO.prefix() + "-"
                        + today.toString().replace("-", "")));
        return takenToday ? Optional.empty() : Optional.of(backupAutomatically());
    }

    /** The automatic backup at exit (also used by {@link #backupIfDue}). */
    public BackupCheck backupAutomatically() {
        BackupCheck check = take(files.newFile(BackupFiles.Kind.AUTO, database.clock()));
        prune();
        return check;
    }

    private BackupCheck take(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, target.toString(),
                    e.getMessage());
        }
        database.backupTo(target);
        BackupCheck check = BackupVerifier.verifyZip(target);
        // The office's record is kept in Chinese whatever the language of the screen.
        String text = Messages.chinese().format("backup.logText", target.toAbsolutePath().toString(),
                String.valueOf(check.chain().count()), check.chain().headHash());
        database.write(txn -> log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.BACKUP, text)));
        return check;
    }

    /** Removes automatic backups beyond the newest {@value #KEEP}; manual and pre-migration ones stay. */
    void prune() {
        List<Path> auto = files.all(BackupFiles.Kind.AUTO);
        for (Path old : auto.subList(0, Math.max(0, auto.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
