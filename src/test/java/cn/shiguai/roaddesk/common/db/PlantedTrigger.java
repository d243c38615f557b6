package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/** Stands for someone else's code planted in the file: counts every time H2 starts it. */
public final class PlantedTrigger implements Trigger {
    static final AtomicInteger STARTED = new AtomicInteger();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        STARTED.incrementAndGet();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        STARTED.incrementAndGet();
    }

    public static int planted(int x) {
        STARTED.incrementAndGet();
        return x;
    }
}
