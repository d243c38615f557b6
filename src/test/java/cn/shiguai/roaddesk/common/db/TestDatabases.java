package cn.shiguai.roaddesk.common.db;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh in-memory databases with the real migrations, one per test. */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    public static Database fresh(Clock clock) {
        return Database.inMemory("test" + COUNTER.incrementAndGet() + "_" + System.nanoTime(), clock);
    }

    public static long insertLocation(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (PreparedStatement ps = Jdbc.insert(c, "INSERT INTO monitoring_location (name, kind, created_by, created_at) "
                + "VALUES (?, 'DISTRICT', '测试', CURRENT_TIMESTAMP)")) {
            ps.setString(1, name);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    public static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs statements behind the application's back, as someone with SQL access could. */
    public static void tamper(Database db, String... statements) {
        db.read(c -> {
            for (String sql : statements) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.execute();
                }
            }
            return null;
        });
    }
}
