package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that lets an up-to-date database open without Flyway, and its refusals to guess. */
class SchemaHistoryTest {
    private static final List<String> BUILD = List.of(Migrations.LOCATION);

    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedByThisBuildIsUpToDateAtFlywaysOwnVersion() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "第一次打开"));
        }
        try (Connection c = readOnly(data)) {
            org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
            source.setURL(OpenOptions.STANDARD.readOnlyUrl(data));
            source.setUser("sa");
            source.setPassword(StorePassword.of(data));
            String flywaySays = Migrations.inspect(source, BUILD).current();
            // Equal only if every checksum computed here matches the one Flyway stored.
            assertEquals(Optional.of(flywaySays), SchemaHistory.upToDate(c, BUILD));
        }
        try (Database db = Database.open(data, Clock.systemUTC())) {
            assertEquals(1, new DutyLog(db).verify().count(), "reopened without Flyway, data intact");
        }
    }

    @Test
    void aPendingMigrationIsLeftToFlyway() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        Database.open(data, Clock.systemUTC()).close();
        try (Connection c = readOnly(data)) {
            assertTrue(SchemaHistory.upToDate(c, List.of(Migrations.LOCATION, "classpath:db/test-migration")).isEmpty());
        }
    }

    @Test
    void aChangedChecksumOrAFailedRowIsLeftToFlyway() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        Database.open(data, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection(OpenOptions.STANDARD.url(data), "sa", StorePassword.of(data))) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'")) {
                ps.executeUpdate();
            }
            assertTrue(SchemaHistory.upToDate(c, BUILD).isEmpty(), "a changed file");
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1, \"success\" = FALSE "
                            + "WHERE \"version\" = '1'")) {
                ps.executeUpdate();
            }
            assertTrue(SchemaHistory.upToDate(c, BUILD).isEmpty(), "a failed migration");
        }
    }

    @Test
    void aNewFileHasNoHistoryToRead() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-history-empty", "sa", "")) {
            assertTrue(SchemaHistory.upToDate(c, BUILD).isEmpty());
        }
    }

    private static Connection readOnly(DataDirectory data) throws Exception {
        return DriverManager.getConnection(OpenOptions.STANDARD.readOnlyUrl(data), "sa", StorePassword.of(data));
    }
}
