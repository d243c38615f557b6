package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * Opens a PostgreSQL server as a seat's store, beside {@link DatabaseOpener} for the file. The
 * schema is brought up to date only by the owner role, when its credentials are given (the
 * seat's role has no right to create or alter anything); without them the store must already be
 * at this build's version, or it is refused, naming what is pending. A store migrated by a newer
 * RoadDesk is refused as a newer file is. Reading commands get read-only connections.
 */
final class PostgresOpener {
    static final String LOCATION = "classpath:db/migration-postgresql";
    private static final int MAX_CONNECTIONS = 8;
    /** A server that does not answer is named within seconds, not after the driver's minutes. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int LISTENER_SOCKET_TIMEOUT_SECONDS = 5;

    private final StoreChoice.Server server;
    private final Clock clock;
    private final Database.Mode mode;
    private final List<String> locations;

    PostgresOpener(StoreChoice.Server server, Clock clock, Database.Mode mode) {
        this(server, clock, mode, List.of(LOCATION));
    }

    PostgresOpener(StoreChoice.Server server, Clock clock, Database.Mode mode, List<String> locations) {
        this.server = server;
        this.clock = clock;
        this.mode = mode;
        this.locations = locations;
    }

    Database open() {
        try {
            if (server.owner() != null) {
                PGSimpleDataSource owner = configure(new PGSimpleDataSource(), server.owner());
                Migrations.migrate(owner, locations, placeholders());
            }
            PGSimpleDataSource seat = configure(new PGSimpleDataSource(), server.seat());
            Migrations.State state = Migrations.inspect(seat, locations);
            if (state.isTooNew()) {
                throw new DataAccessException(FailureReason.TOO_NEW, "store.error.tooNew", null, server.where(),
                        String.join(", ", state.future()), state.current());
            }
            if (state.isEmpty() || state.pending() > 0) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.server.behind", null, server.where(),
                        String.valueOf(state.pending()), StoreSettings.ENV_OWNER_USER);
            }
        } catch (RuntimeException e) {
            throw ServerFailures.translate(e, server.where());
        }
        PGConnectionPoolDataSource pooled = configure(new PGConnectionPoolDataSource(), server.seat());
        pooled.setReadOnly(mode == Database.Mode.READ);
        JdbcConnectionPool pool = JdbcConnectionPool.create(pooled);
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(pool, clock, server);
        try {
            database.read(PostgresOpener::refuseOwnerRights);
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * A seat signed in with a role that may update the duty log (the owner's, or a superuser's)
     * would leave the records only the triggers' protection: refused, so the office notices.
     */
    private static Void refuseOwnerRights(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT has_table_privilege(current_user, 'duty_log', 'UPDATE') "
                + "OR has_table_privilege(current_user, 'duty_log', 'DELETE'), current_user");
             var rs = ps.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.server.seatMayEdit", null,
                        rs.getString(2));
            }
        }
        return null;
    }

    /**
     * A connection of its own to the server as the seat's role, outside the pool: the seat's
     * listener holds one for as long as the window runs (LISTEN belongs to one session).
     */
    static Connection dedicated(StoreChoice.Server server) throws SQLException {
        PGSimpleDataSource source = new PostgresOpener(server, Clock.systemUTC(), Database.Mode.READ)
                .configure(new PGSimpleDataSource(), server.seat());
        // A cut cable answers nothing: the listener's checks give up after this, and the seat says so.
        source.setSocketTimeout(LISTENER_SOCKET_TIMEOUT_SECONDS);
        source.setConnectTimeout(LISTENER_SOCKET_TIMEOUT_SECONDS);
        source.setApplicationName("RoadDesk listener");
        return source.getConnection();
    }

    /** The seat's role, quoted, for the grants of afterMigrate.sql. */
    private Map<String, String> placeholders() {
        return Map.of("appRole", '"' + server.seat().user().replace("\"", "\"\"") + '"');
    }

    private <T extends BaseDataSource> T configure(T source, StoreChoice.Credentials role) {
        try {
            source.setURL(server.url());
        } catch (IllegalArgumentException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.server.url", e, server.url());
        }
        source.setUser(role.user());
        source.setPassword(role.password());
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName("RoadDesk");
        return source;
    }
}
