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
