package cn.shiguai.roaddesk.common.db;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.FileUtils;

/**
 * Opens a data directory's database in the order that keeps a bad file safe: an existing file
 * is first read in full without writing ({@link StoreCheck}, so that a damaged file is refused
 * before a single byte is written), its schema history inspected read-only (a locked or newer
 * database is refused the same way), then backed up if migrations are pending, and only then
 * opened for writing — or, to read an up-to-date file, opened read-only.
 */
final class DatabaseOpener {
    private static final int MAX_CONNECTIONS = 8;

    private final DataDirectory directory;
    private final Clock clock;
    private final OpenOptions options;
    private final Database.Mode mode;
    private final BackupFiles backups;
    /** Set by the read-only inspection when the file already holds exactly this build's migrations. */
    private boolean upToDate;

    DatabaseOpener(DataDirectory directory, Clock clock, OpenOptions options, Database.Mode mode) {
        this.directory = directory;
        this.clock = clock;
        this.options = options;
        this.mode = mode;
        this.backups = new BackupFiles(directory.backups());
    }

    static Database inMemory(String name, Clock clock) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Migrations.migrate(pool, List.of(Migrations.LOCATION));
            try (Connection c = pool.getConnection()) {
                SchemaObjects.refuseForeign(c, "mem:" + name);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw SqlFailures.translate(e, "mem:" + name, null);
        } catch (RuntimeException e) {
            pool.dispose();
            throw SqlFailures.translate(rootSqlCause(e), "mem:" + name, null);
        }
        return new Database(pool, url, clock, "mem:" + name, null, OpenOptions.STANDARD, Database.Mode.WRITE);
    }

    Database open() {
        try {
            directory.ensureExists();
        } catch (UncheckedIOException e) {
            throw new DataAccessException(FailureReason.READ_ONLY, "store.error.directory", e, directory.toString(),
                    e.getCause().getMessage());
        }
        boolean existing = directory.hasDatabase();
        Migrations.State state = null;
        if (existing) {
            try {
                StorePassword.recover(directory, options.readOnlyUrl(directory));
                StoreCheck.run(directory, options);
            } catch (DataAccessException e) {
                if (e.reason() == FailureReason.LOCKED) {
                    return DeskConnection.open(directory, clock, options, mode).orElseThrow(() -> e);
                }
                throw e;
            }
            state = inspectReadOnly();
        }
        if (mode == Database.Mode.READ && state != null && !state.isEmpty() && state.pending() == 0) {
            return readOnly();
        }
        // A copy left by a compaction that was cut short is never used: the original is the database.
        FileUtils.tryDelete(options.h2Name(directory.compactionCopy()));

        String url = options.url(directory);
        String password;
        try {
            password = StorePassword.establish(directory, existing, url);
        } catch (RuntimeException e) {
            throw openFailure(e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, StorePassword.USER, password);
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(pool, url, clock, directory.toString(), directory, options, mode);
        try {
            if (state != null && !state.isEmpty() && state.pending() > 0) {
                Path backup = backups.newFile(BackupFiles.Kind.PRE_MIGRATION, clock);
                database.backupTo(backup);
            }
            if (upToDate) {
                // Flyway's connection used to be the first to open the file for writing, and so
                // the one that met a lock held by another process: now this one does, at once.
                database.read(c -> null);
            } else {
                Migrations.migrate(pool, options.migrationLocations());
                database.read(c -> {
                    SchemaObjects.refuseForeign(c, directory.toString());
                    return null;
                });
            }
            directory.restrictAll();
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw openFailure(e);
        }
    }

    /** For reading an up-to-date file: H2 itself cannot write to it then, whatever happens. */
    private Database readOnly() {
        String url = options.readOnlyUrl(directory);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, StorePassword.USER, StorePassword.of(directory));
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new Database(pool, url, clock, directory.toString(), directory, options, Database.Mode.READ);
    }

    /**
     * Reads the schema history through a read-only connection. The connection stays open while
     * Flyway looks, so H2 opens the file once.
     */
    private Migrations.State inspectReadOnly() {
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(options.readOnlyUrl(directory));
        readOnly.setUser(StorePassword.USER);
        readOnly.setPassword(StorePassword.of(directory));
        Migrations.State state;
        try (Connection holdOpen = readOnly.getConnection()) {
            // Flyway only when the schema history does not show this build's migrations, all applied.
            Optional<String> current = SchemaHistory.upToDate(holdOpen, options.migrationLocations());
            upToDate = current.isPresent();
            state = upToDate ? new Migrations.State(current.get(), 0, List.of())
                    : Migrations.inspect(readOnly, options.migrationLocations());
        } catch (SQLException | RuntimeException e) {
            DataAccessException failure = openFailure(e);
            // Whatever keeps an existing file from being read (a short file, an I/O error) makes it unreadable.
            throw failure.reason() == FailureReason.OTHER ? StoreDamage.damaged(e, directory) : failure;
        }
        if (state.isTooNew()) {
            throw new DataAccessException(FailureReason.TOO_NEW, "store.error.tooNew", null, directory.toString(),
                    String.join(", ", state.future()), state.current());
        }
        return state;
    }

    private DataAccessException openFailure(Throwable e) {
        if (StoreDamage.isReadFailure(e)) {
            return StoreDamage.damaged(e, directory);
        }
        return SqlFailures.translate(rootSqlCause(e), directory.toString(), backups.latestVerified().orElse(null));
    }

    /** Flyway wraps H2's errors; the H2 error code is what tells locked from damaged. */
    static Throwable rootSqlCause(Throwable failure) {
        if (failure instanceof DataAccessException) {
            return failure;
        }
        Throwable found = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                found = t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return found;
    }
}
