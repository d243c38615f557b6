package cn.shiguai.roaddesk.dutylog.signed;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Signed checkpoints of the duty log (issue 14, item 6; decision 0017): written at each issued
 * document, each backup and each handover, appended to {@link CheckpointFile} beside the
 * backups, and checked by {@code log verify} and 校验日志链 against the log as it is.
 *
 * <pre>{@code
 * Optional<Checkpoint> written = checkpoints.write(Checkpoint.Reason.HANDOVER, "王海燕交班给李春梅");
 * CheckpointCheck check = checkpoints.verify();   // truncated, rewritten or forged, in words
 * }</pre>
 *
 * A checkpoint is written only while someone's key is unlocked ({@link SigningKeys}); the commands,
 * which nobody signs in to, write none and say so.
 */
public final class Checkpoints {
    private final Database database;
    private final DutyLog log;
    private final SigningKeys keys;
    private final Path backups;
    private final Clock clock;

    /** @param backups the folder of the backups: the checkpoint file is there, and each backup is read for its copy */
    public Checkpoints(Database database, DutyLog log, SigningKeys keys, Path backups, Clock clock) {
        this.database = database;
        this.log = log;
        this.keys = keys;
        this.backups = backups;
        this.clock = clock;
    }

    /** The checkpoints of a data directory: its {@code keys/} folder and the file beside its backups. */
    public static Checkpoints of(Database database, DutyLog log, DataDirectory directory, Clock clock) {
        return new Checkpoints(database, log, new SigningKeys(directory.path().resolve(SigningKeys.FOLDER), clock),
                directory.backups(), clock);
    }

    public SigningKeys keys() {
        return keys;
    }

    public Path file() {
        return backups.resolve(CheckpointFile.NAME);
    }

    /**
     * A checkpoint of the log as it is now, signed by the key in use and appended to the file; for
     * the handover and anything else that is not a document or a backup. Empty when no key is
     * unlocked, or the chain is broken (a checkpoint never vouches for a broken log).
     */
    public Optional<Checkpoint> write(Checkpoint.Reason reason, String note) {
        return write(log.verifyFromCheckpoint(), reason, note);
    }

    /** A checkpoint of a chain just verified (inside an issue's write, or a backup's copy). */
    public Optional<Checkpoint> write(ChainReport verified, Checkpoint.Reason reason, String note) {
        if (!verified.intact() || verified.count() == 0) {
            return Optional.empty();
        }
        Optional<Checkpoint> signed = keys.sign(new Checkpoint.Statement(verified.count(), verified.headHash(),
                clock.instant(), reason, note));
        signed.ifPresent(this::append);
        return signed;
    }

    /** Every checkpoint known here: the file's and those embedded in the backups, each once. */
    public Known known() {
        List<Checkpoint> all = new ArrayList<>();
        int unreadable = 0;
        try {
            CheckpointFile.Read file = CheckpointFile.read(file());
            unreadable += file.unreadable();
            addNew(all, file.checkpoints());
            for (Path zip : zips()) {
                CheckpointFile.Read embedded = embedded(zip);
                unreadable += embedded.unreadable();
                addNew(all, embedded.checkpoints());
            }
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, backups.toString(),
                    e.getMessage());
        }
        return new Known(List.copyOf(all), unreadable);
    }

    /** The checkpoints of a file and the backups; a line that did not read is counted, never trusted. */
    public record Known(List<Checkpoint> checkpoints, int unreadable) { }

    /** Checks every known checkpoint against the log as it is stored now. */
    public CheckpointCheck verify() {
        Known known = known();
        return database.read(c -> CheckpointCheck.run(c, known, keys::publicKey));
    }

    private void append(Checkpoint checkpoint) {
        try {
            CheckpointFile.append(file(), checkpoint);
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, file().toString(),
                    e.getMessage());
        }
    }

    private List<Path> zips() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    /** The checkpoints a backup carries; none from a zip that does not open (the backup check names it). */
    static CheckpointFile.Read embedded(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(CheckpointFile.ZIP_ENTRY);
            if (entry == null) {
                return new CheckpointFile.Read(List.of(), 0);
            }
            try (InputStream in = file.getInputStream(entry)) {
                return CheckpointFile.read(in);
            }
        } catch (IOException e) {
            return new CheckpointFile.Read(List.of(), 0);
        }
    }

    private static void addNew(List<Checkpoint> into, List<Checkpoint> found) {
        for (Checkpoint c : found) {
            if (into.stream().noneMatch(c::sameAs)) {
                into.add(c);
            }
        }
    }
}
