package cn.shiguai.roaddesk.common.db;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema's versions: the files under {@code db/migration} for H2 and their counterparts under
 * {@code db/migration-postgresql} for a server, applied by Flyway.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    /**
     * Flyway's progress lines would mix with command output (log list --format jsonl). Held in a
     * field: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /**
     * What a database holds compared with this build.
     *
     * @param current the highest version applied, or null for an empty database
     * @param future versions applied by a newer RoadDesk that this build does not know
     */
    record State(String current, int pending, List<String> future) {
        boolean isEmpty() {
            return current == null;
        }

        boolean isTooNew() {
            return !future.isEmpty();
        }
    }

    private Migrations() {
    }

    private static Flyway flyway(DataSource dataSource, List<String> locations) {
        return flyway(dataSource, locations, Map.of());
    }

    /** Placeholders name what differs between installations, e.g. the seats' role on a server. */
    private static Flyway flyway(DataSource dataSource, List<String> locations, Map<String, String> placeholders) {
        return Flyway.configure()
                .dataSource(dataSource)
                .placeholders(placeholders)
                .locations(locations.toArray(String[]::new))
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .load();
    }

    /** Reads the schema history only; safe on a read-only connection. */
    static State inspect(DataSource dataSource, List<String> locations) {
        MigrationInfoService info = flyway(dataSource, locations).info();
        MigrationInfo current = info.current();
        List<String> future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> String.valueOf(m.getVersion()))
                .toList();
        String version = current == null || current.getVersion() == null ? null : current.getVersion().toString();
        return new State(version, info.pending().length, future);
    }

    static void migrate(DataSource dataSource, List<String> locations) {
        flyway(dataSource, locations).migrate();
    }

    static void migrate(DataSource dataSource, List<String> locations, Map<String, String> placeholders) {
        flyway(dataSource, locations, placeholders).migrate();
    }
}
