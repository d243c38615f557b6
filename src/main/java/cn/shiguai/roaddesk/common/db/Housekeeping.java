package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Keeps the database file from bloating. With {@code WRITE_DELAY=0} (needed so that a killed
 * process loses no committed row) H2 writes a chunk per commit and runs no background thread,
 * so the housekeeping that normally rewrites half-empty chunks never happens and the file grows
 * without end (1M log entries: 4.6 GB measured). This does that housekeeping itself, after
 * every {@value #EVERY_WRITES} writes, with H2's own chunk rewriting — the routine its background
 * thread uses by default, equally crash-safe — and nothing when the file is already dense, or
 * when the disk has less than twice the file free.
 *
 * <p>Reaches the MVStore through H2's engine classes (pinned at H2 2.4.240; a store test fails
 * if an upgrade moves them).
 */
final class Housekeeping {
    static final int EVERY_WRITES = 200;
    /** H2's own default target for its background housekeeping. */
    static final int TARGET_FILL_RATE = 90;
    /** Bytes rewritten per run at most, so a run stays short. */
    static final int WRITE_LIMIT = 16 * 1024 * 1024;

    static final int MIN_FILE_FILL_RATE = 50;

    private final LongSupplier freeBytes;
    private int writesSinceLastRun;

    /** @param freeBytes free space on the data directory's disk: rewriting chunks needs room of its own */
    Housekeeping(LongSupplier freeBytes) {
        this.freeBytes = freeBytes;
    }

    /** Called after each committed write, under the write lock. */
    void afterWrite(Connection connection) throws SQLException {
        if (++writesSinceLastRun < EVERY_WRITES) {
            return;
        }
        writesSinceLastRun = 0;
        run(connection);
    }

    void run(Connection connection) throws SQLException {
        MVStore store = mvStore(connection);
        if (store == null) {
            return;
        }
        FileStore<?> file = store.getFileStore();
        if (file == null || file.isReadOnly()) {
            return;
        }
        // On a nearly full disk the rewrite would fail half-way: leave the file as it is.
        if (file.getChunksFillRate() < TARGET_FILL_RATE && Compaction.enoughRoom(freeBytes.getAsLong(), file.size())) {
            store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        }
    }

    /**
     * Compact at close when less than half the file holds live data. The file's fill rate alone
     * counts dead chunks still retained as used, so it is weighed by how full the chunks are.
     */
    static boolean worthCompacting(Connection connection) throws SQLException {
        MVStore store = mvStore(connection);
        FileStore<?> file = store == null ? null : store.getFileStore();
        if (file == null || file.isReadOnly()) {
            return false;
        }
        int liveRate = file.getFillRate() * file.getChunksFillRate() / 100;
        return liveRate < MIN_FILE_FILL_RATE;
    }

    static MVStore mvStore(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        if (!(h2.getSession() instanceof SessionLocal session) || session.getDatabase().getStore() == null) {
            return null;
        }
        return session.getDatabase().getStore().getMvStore();
    }
}
