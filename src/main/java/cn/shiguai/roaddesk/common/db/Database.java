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
 * The store: the embedded H2 database, or a PostgreSQL server shared by several seats
 * ({@link StoreChoice}); a connection pool, the clock that stamps records, and the one door for
 * writes. {@link #write} runs a unit of work in one transaction while holding the writers' lock,
 * so that a state change and its duty-log entry commit together or not at all and the log's
 * chain never forks. On a server that lock is also taken in the database, for every seat
 * (docs/decisions/0020). Reads run concurrently and see committed data only.
 *
 * <p>A read that finds the file damaged marks the store damaged for the rest of the process:
 * every later write is refused, and the close writes nothing, so the file stays as it was found.
 */
public final class Database implements AutoCloseable {

    /** What a session of the store is for; it decides what the close may do to the file. */
    public enum Mode {
        /** Reading only (log list, log verify, drafts): an up-to-date file is opened read-only and never changed. */
        READ,
        /** Writing (the commands that record something); closed plainly, never compacted. */
        WRITE,
        /** Writing for a long session (the window): compacted at close when worth it and safe. */
        WRITE_AND_COMPACT
    }

    static {
        // H2 reads this once, when it is first used: its server sockets (the desk channel's) then
        // listen on loopback only. Set here because opening a Database is the first use of H2.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final JdbcConnectionPool pool;
    private final String url;
    private final Clock clock;
    private final String where;
    private final DataDirectory directory;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Housekeeping housekeeping;
    private final Compaction compaction;
    /** Reached through the window's {@link DeskChannel}: the window owns the file and its close. */
    private final boolean remote;
    /** The PostgreSQL server this session works on; null for the embedded file. */
    private final StoreChoice.Server server;
    private volatile DataAccessException damage;
    private volatile boolean closed;
    /** What the write under way said it changed (guarded by the write lock); told to the other seats at its commit. */
    private final java.util.Set<String> announced = new java.util.LinkedHashSet<>();
    /** Names this session in what it tells the other seats, so that it can pass over its own notices. */
    private final String seatId = Long.toHexString(new java.security.SecureRandom().nextLong());
    private volatile Runnable whenUnreachable = () -> { };

    /**
     * The key of the one transaction-scoped advisory lock every writer of every seat takes first
     * on a server: the head of the chain and the last document number are read under it, so two
     * seats never read the same head (docs/decisions/0020). Any constant serves; this one spells
     * "RoadDesk" in ASCII so that {@code pg_locks} names it recognisably.
     */
    static final long SERVER_WRITE_LOCK = 0x526F61644465736BL;

    Database(JdbcConnectionPool pool, String url, Clock clock, String where, DataDirectory directory,
             OpenOptions options, Mode mode) {
        this(pool, url, clock, where, directory, options, mode, false);
    }

    Database(JdbcConnectionPool pool, String url, Clock clock, String where, DataDirectory directory,
             OpenOptions options, Mode mode, boolean remote) {
        this(pool, url, clock, where, directory, options, mode, remote, null);
    }

    /** A session on a PostgreSQL server: no file of its own to keep, compact or shut down. */
    Database(JdbcConnectionPool pool, Clock clock, StoreChoice.Server server) {
        this(pool, server.url(), clock, server.where(), server.directory(), OpenOptions.STANDARD, Mode.WRITE, false,
                server);
    }

    private Database(JdbcConnectionPool pool, String url, Clock clock, String where, DataDirectory directory,
                     OpenOptions options, Mode mode, boolean remote, StoreChoice.Server server) {
        this.server = server;
        this.remote = remote;
        this.pool = pool;
        this.url = url;
        this.clock = clock;
        this.where = where;
        this.directory = directory;
        this.housekeeping = directory == null || mode == Mode.READ || remote || server != null ? null
                : new Housekeeping(() -> options.freeSpace().of(directory.path()));
        this.compaction = directory == null || mode != Mode.WRITE_AND_COMPACT || remote || server != null ? null
                : new Compaction(directory, options);
    }

    /**
     * Opens (creating on first start) the database of a data directory for the window, and brings
     * its schema up to date. Refuses, changing nothing, a database that is locked, damaged or
     * newer than this build; backs up an existing database before migrating it.
     */
    public static Database open(DataDirectory directory, Clock clock) {
        return open(directory, clock, Mode.WRITE_AND_COMPACT);
    }

    /** Opens for one purpose; the commands open {@link Mode#READ} or {@link Mode#WRITE}. */
    public static Database open(DataDirectory directory, Clock clock, Mode mode) {
        return new DatabaseOpener(directory, clock, OpenOptions.STANDARD, mode).open();
    }

    /** Opens the store chosen ({@link StoreChoice#resolve}): the data directory's file or a server. */
    public static Database open(StoreChoice store, Clock clock, Mode mode) {
        if (store instanceof StoreChoice.Server onServer) {
            return new PostgresOpener(onServer, clock, mode).open();
        }
        return open(store.directory(), clock, mode);
    }

    static Database open(DataDirectory directory, Clock clock, OpenOptions options) {
        return open(directory, clock, options, Mode.WRITE_AND_COMPACT);
    }

    static Database open(DataDirectory directory, Clock clock, OpenOptions options, Mode mode) {
        return new DatabaseOpener(directory, clock, options, mode).open();
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
        try {
            refuseIfDamaged();
            try (Connection connection = connection()) {
                connection.setAutoCommit(false);
                try {
                    announced.clear();
                    lockOnServer(connection);
                    T result = work.run(connection);
                    SeatNotice.send(connection, server, seatId, announced);
                    connection.commit();
                    tidyUp(connection);
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollBack(connection, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw e instanceof DataAccessException ? e : failureIfStore(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Every seat's writers one at a time, as this process's lock orders its own (released at commit or rollback). */
    private void lockOnServer(Connection connection) throws SQLException {
        if (server != null) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SERVER_WRITE_LOCK);
                lock.execute();
            }
        }
    }

    /** Names a {@code Change} the write under way makes, told to the other seats at its commit ({@link SeatNotice}). */
    public void announce(String change) {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("announce a change inside Database.write");
        }
        announced.add(change);
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
            throw failure(e);
        } catch (RuntimeException e) {
            throw e instanceof DataAccessException ? e : failureIfStore(e);
        }
    }

    /** Whether the calling thread is inside {@link #write}: appends to the log insist on it. */
    public boolean isWriting() {
        return writeLock.isHeldByCurrentThread();
    }

    /** Whether a read found the file damaged; nothing is written to it from then on. */
    public boolean isDamaged() {
        return damage != null;
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

    /** The PostgreSQL server this session works on; empty for the embedded file. */
    public Optional<StoreChoice.Server> server() {
        return Optional.ofNullable(server);
    }

    /** Run when a statement finds the server unreachable: the seat's link checks at once, and the header says so. */
    public void whenUnreachable(Runnable action) {
        whenUnreachable = action;
    }

    /** This session's name in the notices it sends ({@link SeatNotice}). */
    public String seatId() {
        return seatId;
    }

    /**
     * The hint that makes H2 read a query's rows in an index's order, or nothing on PostgreSQL,
     * whose planner chooses the index itself and knows no such clause.
     */
    public String indexHint(String index) {
        return server != null ? "" : "USE INDEX (" + index + ") ";
    }

    /** Whether this session reaches the window's database through its channel. */
    public boolean isThroughDesk() {
        return remote;
    }

    /** H2's name of this database (scheme and path, no settings), what the desk channel serves. */
    String h2Name() {
        return url.substring("jdbc:h2:".length(), url.indexOf(';'));
    }

    /** A consistent copy of the open database into a zip file (H2 {@code BACKUP TO}). */
    public void backupTo(Path zipFile) {
        if (server != null) {
            // A server's data is the server's to back up (pg_dump); a zip of H2's would not hold it.
            throw new DataAccessException(FailureReason.OTHER, "store.error.server.backup", null, server.where());
        }
        refuseIfDamaged();
        read(c -> {
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zipFile.toAbsolutePath().toString());
                backup.execute();
            }
            return null;
        });
        if (directory != null) {
            try {
                StorePassword.embed(zipFile, directory);
            } catch (java.io.IOException e) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, zipFile.toString(),
                        e.getMessage());
            }
        }
    }

    /**
     * Closes the database. A damaged one is closed without writing a byte; a window's session is
     * compacted afterwards when much of the file is free space and the disk has room (see
     * {@link Compaction}); every other session is closed plainly.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (remote || server != null) {
            pool.dispose();
            return;
        }
        writeLock.lock();
        try {
            // A plain connection, taken while the pool still holds the database open, so that the
            // database is not closed (and reopened) in between; closing pooled connections after
            // SHUTDOWN would roll back on the closed database and leave an error in H2's trace file.
            Connection c = DriverManager.getConnection(url, StorePassword.USER,
                    directory == null ? "" : StorePassword.of(directory));
            pool.dispose();
            if (damage != null) {
                shutDown(c, "SHUTDOWN IMMEDIATELY");
                return;
            }
            Compaction.Plan plan = compaction == null ? null : compaction.plan(c);
            shutDown(c, "SHUTDOWN");
            if (plan != null) {
                compaction.run(plan);
            }
        } catch (SQLException | RuntimeException e) {
            // Already closed by H2 itself (e.g. after a failed write to a full disk): nothing left to close.
        } finally {
            if (directory != null && housekeeping != null) {
                directory.restrictAll(); // the trace file, a compacted copy: made since the open
            }
            writeLock.unlock();
        }
    }

    private static void shutDown(Connection c, String statement) throws SQLException {
        try (PreparedStatement shutdown = c.prepareStatement(statement)) {
            shutdown.execute();
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("database closed");
        }
        return pool.getConnection();
    }

    private void refuseIfDamaged() {
        DataAccessException found = damage;
        if (found != null) {
            throw new DataAccessException(found.reason(), "store.error.damagedInUse", found.latestBackup().orElse(null),
                    found, where);
        }
    }

    /** A failure that is the file not reading marks the store damaged; others are translated as they are. */
    private DataAccessException failure(Throwable e) {
        if (directory != null && server == null && StoreDamage.isReadFailure(e)) {
            DataAccessException found = damage;
            if (found == null) {
                found = new DataAccessException(FailureReason.CORRUPT, "store.error.damagedInUse",
                        new BackupFiles(directory.backups()).latestVerified().orElse(null), e, where);
                damage = found;
            }
            return found;
        }
        DataAccessException translated = server != null ? ServerFailures.translate(e, where)
                : SqlFailures.translate(e, where, null);
        if (server != null && ServerFailures.UNREACHABLE.equals(translated.messageKey())) {
            whenUnreachable.run();
        }
        return translated;
    }

    /** H2 reports some storage failures (a full disk, a damaged page) as unchecked exceptions from its store. */
    private RuntimeException failureIfStore(RuntimeException e) {
        return e.getClass().getName().startsWith("org.h2.") || StoreDamage.isReadFailure(e) ? failure(e) : e;
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
