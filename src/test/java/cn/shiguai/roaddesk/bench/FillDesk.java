package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A desk's database for the start-up benchmark: the reference data a first start loads, then
 * log entries and readings spread over the two years that end this morning, so the desk has
 * a situation to compute today. Usage: {@code FillDesk DATA_DIR LOG_ENTRIES READINGS}.
 */
public final class FillDesk {
    private static final int DAYS = 730;

    private FillDesk() {
    }

    public static void main(String[] args) {
        DataDirectory data = DataDirectory.of(Path.of(args[0]));
        if (data.hasDatabase()) {
            throw new IllegalArgumentException(args[0] + " already holds a database");
        }
        int entries = Integer.parseInt(args[1]);
        int readings = Integer.parseInt(args[2]);
        LocalDate firstDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(DAYS);
        long start = System.nanoTime();
        try (Database db = Database.open(data.ensureExists(), Clock.systemUTC())) {
            // The window's own first start: roster, measure catalogue, settings.
            Office.onCallingThread(db, new RuleSetLoader().loadDefault(), Clock.systemUTC()).close();
            Filler filler = new Filler(db, firstDay, DAYS);
            filler.readings(readings);
            filler.logEntries(entries);
        }
        System.out.printf("filled %s: %,d log entries, %,d readings in %.0f s%n", args[0], entries, readings,
                (System.nanoTime() - start) / 1e9);
    }
}
