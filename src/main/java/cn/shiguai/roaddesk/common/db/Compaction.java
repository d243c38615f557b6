package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.FileUtils;

/**
 * Compaction that cannot lose a committed row. H2's {@code SHUTDOWN COMPACT} copies the live data
 * into a temporary file and swaps it in; on a nearly full disk its copy could stop part-way yet
 * still be swapped in, holding an older state of the log (issue 16: entries 5 and 6, confirmed,
 * gone, and the shorter log verified as intact). Here the database is shut down plainly, copied
 * only when the disk has at least twice the file free, and the copy replaces the original only
 * after it was opened, read in full and found to hold the same duty log (count and head hash).
 * On any failure the copy is deleted and the original, untouched, stays.
 */
final class Compaction {
    private final DataDirectory directory;
    private final OpenOptions options;

    /** What the live database showed before it was shut down; the copy must show the same. */
    record Plan(long fileSize, StoreHead head) { }

    Compaction(DataDirectory directory, OpenOptions options) {
        this.directory = directory;
        this.options = options;
    }

    /** Asked on the live database before SHUTDOWN: a plan when compacting is worth it and safe, else null. */
    Plan plan(Connection live) throws SQLException {
        if (!Housekeeping.worthCompacting(live)) {
            return null;
        }
        long size;
        try {
            size = Files.size(directory.databaseFile());
        } catch (IOException e) {
            return null;
        }
        if (!enoughRoom(options.freeSpace().of(directory.path()), size)) {
            return null;
        }
        return new Plan(size, StoreHead.read(live));
    }

    /** Twice the file: the copy needs up to its size, and the disk must not be left full by it. */
    static boolean enoughRoom(long free, long fileSize) {
        return free / 2 >= fileSize;
    }

    /** Run after the plain SHUTDOWN. Returns whether the compacted copy replaced the original. */
    boolean run(Plan plan) {
        Path original = directory.databaseFile();
        Path copy = directory.compactionCopy();
        String copyName = options.h2Name(copy);
        try {
            FileUtils.delete(copyName);
            long size = Files.size(original);
            FileTime modified = Files.getLastModifiedTime(original);
            MVStore.compact(options.h2Name(original), copyName, true, null);
            if (!sameLog(plan.head())) {
                return false;
            }
            return swap(copy, original, size, modified);
        } catch (IOException | SQLException | RuntimeException e) {
            // The original was never touched: it stays, merely larger than it could be.
            return false;
        } finally {
            FileUtils.tryDelete(copyName);
            FileUtils.tryDelete(options.h2Name(directory.path().resolve(DataDirectory.DATABASE_NAME
                    + DataDirectory.COMPACTION_SUFFIX + ".trace.db")));
        }
    }

    /** The copy opens, every page and row of it reads, and its duty log ends where the original's did. */
    private boolean sameLog(StoreHead expected) throws SQLException, IOException {
        String base = directory.path().resolve(DataDirectory.DATABASE_NAME + DataDirectory.COMPACTION_SUFFIX)
                .toString();
        String url = options.readOnlyUrl(base);
        // The copy keeps the original's users and password.
        String password = StorePassword.of(directory);
        StoreCheck.file(options.h2Name(directory.compactionCopy()), url, password);
        Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", StorePassword.USER, password);
        try {
            return expected.equals(StoreHead.read(c));
        } finally {
            StoreCheck.shutDown(c);
        }
    }

    /**
     * Holding the original's lock (so no RoadDesk can open it meanwhile) and only if nobody wrote
     * to it since the shutdown, the copy is renamed over it in one step. Windows renames nothing
     * over an open file: there the lock is let go just before the rename.
     */
    private boolean swap(Path copy, Path original, long size, FileTime modified) throws IOException {
        try (FileChannel channel = FileChannel.open(original, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null || !unchanged(original, size, modified)) {
                return false;
            }
            try {
                FileUtils.moveAtomicReplace(options.h2Name(copy), options.h2Name(original));
                return true;
            } catch (RuntimeException openFileNotReplaced) {
                // retried below, once the lock is released
            }
        }
        if (!unchanged(original, size, modified)) {
            return false;
        }
        FileUtils.moveAtomicReplace(options.h2Name(copy), options.h2Name(original));
        return true;
    }

    private static boolean unchanged(Path file, long size, FileTime modified) throws IOException {
        return Files.size(file) == size && Files.getLastModifiedTime(file).equals(modified);
    }
}
