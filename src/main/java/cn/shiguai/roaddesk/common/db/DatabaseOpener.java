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

/**
 * Opens a data directory's database in the order that keeps a bad file safe: an existing file
 * is first inspected read-only (so that a locked, damaged or newer database is refused without
 * a single byte written), then backed up if migrations are pending, then opened for writing.
 */
final class DatabaseOpener {
    private static final int MAX_CONNECTIONS = 8;

    private final DataDirectory directory;
    private final Clock clock;
    private final OpenOptions options;
    private final BackupFiles backups;
    /** Set by the read-only inspection when the file already holds exactly this build's migrations. */
    private boolean upToDate;

    DatabaseOpener(DataDirectory directory, Clock clock, OpenOptions options) {
        this.directory = directory;
        this.clock = clock;
        this.options = options;
        this.backups = new BackupFiles(directory.backups());
    }

    static Database inMemory(String name, Clock clock) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Migrations.migrate(pool, List.of(Migrations.LOCATION));
        } catch (RuntimeException e) {
            pool.dispose();
            throw SqlFailures.translate(rootSqlCause(e), "mem:" + name, null);
        }
        return new Database(pool, url, clock, "mem:" + name, null);
    }

    Database open() {
        try {
            directory.ensureExists();
        } catch (UncheckedIOException e) {
            throw new DataAccessException(FailureReason.READ_ONLY, "store.error.directory", e, directory.toString(),
                    e.getCause().getMessage());
        }
        boolean existing = directory.hasDatabase();
        Migrations.State state = existing ? inspectReadOnly() : null;

        String url = options.url(directory);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(pool, url, clock, directory.toString(), directory);
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
            }
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw SqlFailures.translate(rootSqlCause(e), directory.toString(), backups.latest().orElse(null));
        }
    }

    /**
     * Reads the schema history through a read-only connection. The connection stays open while
     * Flyway looks, so H2 opens the file once.
     */
    private Migrations.State inspectReadOnly() {
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(options.readOnlyUrl(directory));
        readOnly.setUser("sa");
        Migrations.State state;
        try (Connection holdOpen = readOnly.getConnection()) {
            // Flyway only when the schema history does not show this build's migrations, all applied.
            Optional<String> current = SchemaHistory.upToDate(holdOpen, options.migrationLocations());
            upToDate = current.isPresent();
            state = upToDate ? new Migrations.State(current.get(), 0, List.of())
                    : Migrations.inspect(readOnly, options.migrationLocations());
        } catch (SQLException | RuntimeException e) {
            Path latest = backups.latest().orElse(null);
            DataAccessException failure = SqlFailures.translate(rootSqlCause(e), directory.toString(), latest);
            // Whatever keeps an existing file from being read (a short file, an I/O error) makes it unreadable.
            throw failure.reason() == FailureReason.OTHER
                    ? new DataAccessException(FailureReason.CORRUPT, "store.error.corrupt", latest, e, directory.toString())
                    : failure;
        }
        if (state.isTooNew()) {
            throw new DataAccessException(FailureReason.TOO_NEW, "store.error.tooNew", null, directory.toString(),
                    String.join(", ", state.future()), state.current());
        }
        return state;
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
