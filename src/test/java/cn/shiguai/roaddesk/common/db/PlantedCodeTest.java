package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the file plants a trigger or an alias that names their own class: at the next
 * start RoadDesk refuses the file before H2 could load that class, and writes nothing.
 */
class PlantedCodeTest {
    private static final String TRIGGER_CLASS = PlantedTrigger.class.getName();

    @TempDir
    Path dir;
    private DataDirectory data;

    @BeforeEach
    void aStoreWithOneEntry() {
        data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "交班前的记录"));
        }
    }

    @Test
    void aPlantedTriggerRefusesTheStartAndNeverRuns() throws Exception {
        plant("CREATE TRIGGER planted BEFORE INSERT ON duty_log FOR EACH ROW CALL '" + TRIGGER_CLASS + "'");
        int startedBefore = PlantedTrigger.STARTED.get();
        byte[] before = Files.readAllBytes(data.databaseFile());

        DataAccessException refused = assertThrows(DataAccessException.class,
                () -> Database.open(data, Clock.systemUTC()));

        assertEquals(FailureReason.FOREIGN_CODE, refused.reason());
        String message = refused.message(Messages.chinese());
        assertTrue(message.contains("触发器“PLANTED”") && message.contains(TRIGGER_CLASS), message);
        assertTrue(message.contains("拒绝打开"), message);
        assertTrue(refused.message(Messages.english()).contains("did not create"));
        assertEquals(startedBefore, PlantedTrigger.STARTED.get(), "the planted class was started");
        assertArrayEquals(before, Files.readAllBytes(data.databaseFile()), "the file was changed");
    }

    @Test
    void aPlantedAliasRefusesTheStart() throws Exception {
        plant("CREATE ALIAS planted_fn FOR '" + TRIGGER_CLASS + ".planted'");
        byte[] before = Files.readAllBytes(data.databaseFile());

        for (Database.Mode mode : Database.Mode.values()) {
            DataAccessException refused = assertThrows(DataAccessException.class,
                    () -> Database.open(data, Clock.systemUTC(), mode));
            assertEquals(FailureReason.FOREIGN_CODE, refused.reason(), mode.name());
            assertTrue(refused.message(Messages.chinese()).contains("函数别名“PLANTED_FN”"));
        }
        assertArrayEquals(before, Files.readAllBytes(data.databaseFile()), "the file was changed");
    }

    @Test
    void aTriggerUnderAnExpectedNameButAnotherClassIsRefused() throws Exception {
        plant("DROP TRIGGER reading_append_only",
                "CREATE TRIGGER reading_append_only BEFORE UPDATE ON reading FOR EACH ROW CALL '" + TRIGGER_CLASS + "'");
        int startedBefore = PlantedTrigger.STARTED.get();

        DataAccessException refused = assertThrows(DataAccessException.class,
                () -> Database.open(data, Clock.systemUTC()));

        assertEquals(FailureReason.FOREIGN_CODE, refused.reason());
        assertEquals(startedBefore, PlantedTrigger.STARTED.get());
    }

    @Test
    void theMigrationsOwnObjectsAreAllExpected() {
        try (Database db = TestDatabases.fresh(Clock.systemUTC())) {
            assertEquals(java.util.List.of(), db.read(SchemaObjects::foreign));
            long triggers = db.read(c -> distinctTriggers(c));
            assertEquals(SchemaObjects.EXPECTED_TRIGGERS.size(), triggers, "a name in the list no migration creates");
        }
    }

    /** INFORMATION_SCHEMA lists a trigger once per event (UPDATE, DELETE). */
    private static long distinctTriggers(Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT TRIGGER_NAME) FROM INFORMATION_SCHEMA.TRIGGERS");
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void plant(String... statements) throws Exception {
        String url = "jdbc:h2:file:" + data.path().resolve(DataDirectory.DATABASE_NAME);
        try (Connection c = DriverManager.getConnection(url, "sa", StorePassword.of(data))) {
            for (String sql : statements) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.execute();
                }
            }
        }
    }
}
