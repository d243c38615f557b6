package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server as the store (issue 15, items 1 and 2): migrated by the owner role, used
 * by the seats' role, which cannot change a record even where a trigger would not stop it.
 */
class PostgresStoreTest {
    @TempDir
    Path dir;

    @Test
    void theSeatsRoleMayNotUpdateOrDeleteALogEntry() throws SQLException {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        try (Database db = Database.open(server, Clock.systemUTC(), Database.Mode.WRITE)) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));

            DataAccessException refused = assertThrows(DataAccessException.class, () -> db.write(c ->
                    execute(c, "UPDATE duty_log SET text = '改过' WHERE seq = 1")));
            assertEquals("store.error.server.denied", refused.messageKey());
            assertTrue(refused.getCause().getMessage().contains("permission denied"), refused.getCause().getMessage());
        }
        for (String sql : new String[]{"UPDATE duty_log SET text = '改过' WHERE seq = 1", "DELETE FROM duty_log",
                "UPDATE reading SET note = 'x'", "DELETE FROM response_decision", "UPDATE status_update SET note = 'x'",
                "DELETE FROM issued_document", "TRUNCATE duty_log CASCADE"}) {
            try (Connection seat = TestPostgres.seatConnection(server.url())) {
                SQLException e = assertThrows(SQLException.class, () -> execute(seat, sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
            }
        }
    }

    @Test
    void theTriggersRefuseTheOwnerToo() throws SQLException {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        try (Database db = Database.open(server, Clock.systemUTC(), Database.Mode.WRITE)) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "交班"));
        }
        try (Connection owner = TestPostgres.ownerConnection(server.url())) {
            for (String sql : new String[]{"UPDATE duty_log SET text = '改过' WHERE seq = 1", "UPDATE duty_log SET author = '某人'",
                    "DELETE FROM duty_log WHERE seq = 1"}) {
                SQLException e = assertThrows(SQLException.class, () -> execute(owner, sql), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
        try (Database db = Database.open(server, Clock.systemUTC(), Database.Mode.READ)) {
            assertTrue(new DutyLog(db).verify().intact());
        }
    }

    @Test
    void withoutTheOwnerAnEmptyDatabaseIsRefusedNamingWhatIsPending() {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        StoreChoice.Server seatOnly = new StoreChoice.Server(server.directory(), server.url(), server.seat(), null);
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> Database.open(seatOnly, Clock.systemUTC(), Database.Mode.WRITE));
        assertEquals("store.error.server.behind", e.messageKey());

        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        try (Database db = Database.open(seatOnly, Clock.systemUTC(), Database.Mode.WRITE)) {
            assertEquals(1, new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "无需所有者即可记录")));
        }
    }

    @Test
    void aSeatSignedInAsTheOwnerIsRefused() {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        StoreChoice.Server asOwner = new StoreChoice.Server(server.directory(), server.url(), server.owner(), null);
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> Database.open(asOwner, Clock.systemUTC(), Database.Mode.WRITE));
        assertEquals("store.error.server.seatMayEdit", e.messageKey());
    }

    @Test
    void aReadingSessionCannotWrite() {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        try (Database db = Database.open(server, Clock.systemUTC(), Database.Mode.READ)) {
            DataAccessException e = assertThrows(DataAccessException.class,
                    () -> new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "不应写入")));
            assertEquals(FailureReason.READ_ONLY, e.reason());
        }
    }

    @Test
    void anUnreachableServerIsNamed() {
        StoreChoice.Server nowhere = new StoreChoice.Server(DataDirectory.of(dir), "jdbc:postgresql://127.0.0.1:1/roaddesk",
                TestPostgres.seat(), null);
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> Database.open(nowhere, Clock.systemUTC(), Database.Mode.READ));
        assertEquals("store.error.server.unreachable", e.messageKey());
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
        return null;
    }
}
