package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A command's way in when the window holds the file: through the {@link DeskChannel} its
 * {@code desk.server} file names. A file whose process is gone, a port nobody answers on, a
 * wrong secret or a window of another schema version is stale: the command is then refused as
 * before ("in use by another RoadDesk"), never connected halfway.
 */
final class DeskConnection {
    private static final int MAX_CONNECTIONS = 4;

    private DeskConnection() {
    }

    static Optional<Database> open(DataDirectory directory, Clock clock, OpenOptions options, Database.Mode mode) {
        Optional<DeskChannelFile.Endpoint> found = DeskChannelFile.read(directory);
        if (found.isEmpty() || !found.get().processAlive()) {
            return Optional.empty();
        }
        String url = found.get().url();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, StorePassword.USER, StorePassword.of(directory));
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection c = pool.getConnection()) {
            // The window migrated its file; a command of another version must neither migrate it nor misread it.
            if (SchemaHistory.upToDate(c, options.migrationLocations()).isEmpty()) {
                pool.dispose();
                return Optional.empty();
            }
        } catch (SQLException | RuntimeException stale) {
            pool.dispose();
            return Optional.empty();
        }
        return Optional.of(new Database(pool, url, clock, directory.toString(), directory, options, mode, true));
    }
}
