package cn.shiguai.roaddesk.common.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database: a connection pool, the clock that stamps records, and the one
 * door for writes. {@link #write} runs a unit of work in one transaction while holding the
 * writers' lock, so that a state change and its duty-log entry commit together or not at all
 * and the log's chain never forks. Reads run concurrently and see committed data only.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final String url;
    private final Clock clock;
    private final String where;
    private final DataDirectory directory;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Housekeeping housekeeping;
    private volatile boolean closed;

    Database(JdbcConnectionPool pool, String url, Clock clock, String where, DataDirectory directory) {
        this.pool = pool;
        this.url = url;
        this.clock = clock;
        this.where = where;
        this.directory = directory;
        this.housekeeping = directory == null ? null : new Housekeeping();
    }

    /**
     * Opens (creating on first start) the database of a data directory and brings its schema up
     * to date. Refuses, changing nothing, a database that is locked, damaged or newer than this
     * build; backs up an existing database before migrating it.
     */
    public static Database open(DataDirectory directory, Clock clock) {
        return new DatabaseOpener(directory, clock, OpenOptions.STANDARD).open();
    }

    static Database open(DataDirectory directory, Clock clock, OpenOptions options) {
        return new DatabaseOpener(directory, clock, options).open();
    }

    /** A private in-memory database with the real migrations, for tests. */
    public static Database inMemory(String name) {
        return inMemory(name, Clock.systemUTC());
    }

    public static Database inMemory(String name, Clock clock) {
        return DatabaseOpener.inMemory(name, clock);
    }

    /** Runs {@code work} in one transaction, one writer at a time; rolls back everything if it fails. */
    public <T> T write(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            // A second connection would be a second transaction: pass the Connection instead.
            throw new IllegalStateException("nested Database.write: pass the open transaction's Connection");
        }
        writeLock.lock();
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                tidyUp(connection);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            throw e instanceof DataAccessException ? e : translateIfStoreFailure(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Housekeeping after a commit: its failure must not turn a committed write into a reported failure. */
    private void tidyUp(Connection connection) {
        if (housekeeping == null) {
            return;
        }
        try {
            housekeeping.afterWrite(connection);
        } catch (SQLException | RuntimeException e) {
            // The data is committed; the file is merely left larger until the next run or the close.
        }
    }

    /** Runs {@code work} on a connection of its own, seeing only committed data. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Whether the calling thread is inside {@link #write}: appends to the log insist on it. */
    public boolean isWriting() {
        return writeLock.isHeldByCurrentThread();
    }

    /** Now, at the precision the database stores (microseconds), so stored and hashed times agree. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Clock clock() {
        return clock;
    }

    /** The data directory; empty for an in-memory database. */
    public Optional<DataDirectory> directory() {
        return Optional.ofNullable(directory);
    }

    /** A consistent copy of the open database into a zip file (H2 {@code BACKUP TO}). */
    public void backupTo(Path zipFile) {
        read(c -> {
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zipFile.toAbsolutePath().toString());
                backup.execute();
            }
            return null;
        });
    }

    /**
     * Closes the database cleanly. When much of the file is free space (bursts of commits leave
     * gaps H2 may reuse only after 45 s), it is compacted on the way out: H2 copies the live data
     * to a new file and swaps it in, a procedure it documents as safe against power failure.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeLock.lock();
        try {
            pool.dispose();
            // A plain connection, not a pooled one: closing a pooled connection after SHUTDOWN
            // rolls back on the closed database and leaves an error in H2's trace file.
            Connection c = DriverManager.getConnection(url, "sa", "");
            try (PreparedStatement shutdown = c.prepareStatement(Housekeeping.worthCompacting(c)
                    ? "SHUTDOWN COMPACT" : "SHUTDOWN")) {
                shutdown.execute();
            }
        } catch (SQLException e) {
            // Already closed by H2 itself (e.g. after a failed write to a full disk): nothing left to close.
        } finally {
            writeLock.unlock();
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("database closed");
        }
        return pool.getConnection();
    }

    private DataAccessException translate(SQLException e) {
        return SqlFailures.translate(e, where, null);
    }

    /** H2 reports some storage failures (a full disk) as unchecked exceptions from its store. */
    private RuntimeException translateIfStoreFailure(RuntimeException e) {
        return e.getClass().getName().startsWith("org.h2.") ? SqlFailures.translate(e, where, null) : e;
    }

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public String toString() {
        return "Database[" + where + "]";
    }
}
