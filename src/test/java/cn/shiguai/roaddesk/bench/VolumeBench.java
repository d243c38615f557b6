package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.inputs.FileReport;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 12 item 7, in one JVM on a store of a station network's year: saving a reading until
 * the recommendation has changed, the readings screen's loads, and a 10,000-row station file.
 * The store is filled once (1,000,000 readings over a year, 20 points) and kept, so later runs
 * measure only. Prints figures, not a test. Usage: {@code VolumeBench DATA_DIR [READINGS] [ROUNDS]}.
 */
public final class VolumeBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int DAYS = 365;
    /** What the readings screen asks for (ReadingsViewModel.RECENT). */
    private static final int RECENT = 200;

    private VolumeBench() {
    }

    public static void main(String[] args) {
        DataDirectory data = DataDirectory.of(Path.of(args[0]));
        int readings = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        RuleSet rules = new RuleSetLoader().loadDefault();
        Clock clock = Clock.systemUTC();
        boolean fill = !data.hasDatabase();
        try (Database db = Database.open(data.ensureExists(), clock)) {
            if (fill) {
                long t0 = System.nanoTime();
                Office.onCallingThread(db, rules, clock).close();
                new Filler(db, LocalDate.now(ZONE).minusDays(DAYS), DAYS).readings(readings);
                System.out.printf("filled %s with %,d readings in %.0f s%n", args[0], readings, secs(t0));
            }
            try (Office office = Office.onCallingThread(db, rules, clock)) {
                screen(office, rounds);
                save(office, rounds);
                importFile(office);
            }
        }
    }

    /** The readings screen's opening reads: recent readings, each point's latest, recent road reports; then a trend. */
    private static void screen(Office office, int rounds) {
        var store = office.readings().store();
        long[] ms = new long[rounds];
        long[] trend = new long[rounds];
        String point = store.latest().get(0).location();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            store.recent(RECENT);
            store.latest();
            store.recentTraffic(RECENT);
            ms[i] = millis(t0);
            LocalDateTime now = LocalDateTime.now(ZONE);
            t0 = System.nanoTime();
            store.history(point, now.minusHours(72), now);
            trend[i] = millis(t0);
        }
        print("open the readings screen: recent 200, latest per point, recent roads", ms, "≤ 500 ms");
        print("the screen's 72 h trend of one point", trend, "—");
    }

    /** A reading saved through the service, until the situation (the recommendation) has been recomputed. */
    private static void save(Office office, int rounds) {
        long[] ms = new long[rounds];
        ResponseLevel before = office.situation().current().recommendedLevel();
        ResponseLevel after = before;
        LocalDateTime now = LocalDateTime.now(ZONE).withSecond(0).withNano(0);
        for (int i = 0; i < rounds; i++) {
            // Deep snow at a point of the district: the first changes the recommendation, the rest recompute it.
            Observation o = Observation.at("基准 站点 " + i, now.minusMinutes(i)).snowDepthCm(45.0).airTempC(-12.0).build();
            long t0 = System.nanoTime();
            office.readings().save(ReadingDraft.of(o), "基准测试");
            Situation s = office.situation().current();
            ms[i] = millis(t0);
            after = s.recommendedLevel();
        }
        print("save a reading and see the recommendation (" + before + " → " + after + ")", ms, "≤ 300 ms");
    }

    /** 10,000 rows (20 points every 10 minutes), as the inbox takes them; then the same file again. */
    private static void importFile(Office office) {
        StringBuilder csv = new StringBuilder("location,time,snow_depth_cm,air_temp_c\n");
        LocalDateTime start = LocalDateTime.now(ZONE).withSecond(0).withNano(0).minusDays(70);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime t = start.plusMinutes(10L * (i / 20));
            csv.append("站点 ").append(String.format("%02d", i % 20)).append(',').append(t).append(',')
                    .append((i % 30) / 2.0).append(",-").append(i % 15).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Long> ms = new ArrayList<>();
        for (String run : List.of("new", "again")) {
            long t0 = System.nanoTime();
            FileReport report = office.fileImports().importFile("ten-k-" + start.toLocalDate() + ".csv", bytes,
                    StationImport.Channel.INBOX, "系统");
            ms.add(millis(t0));
            if (report.isRejected()) {
                throw new IllegalStateException("the bench file was refused");
            }
            System.out.printf("RESULT|import 10,000 rows in the window's process, %s (%s)|%d ms|%s|%s|%n", run,
                    run.equals("new") ? "all taken" : "all repeats", ms.get(ms.size() - 1),
                    run.equals("new") ? "≤ 3 s" : "—", Duration.ofMillis(ms.get(ms.size() - 1)));
        }
    }

    private static void print(String what, long[] ms, String target) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("RESULT|%s|first %d ms, median %d ms of %d|%s|%s|%n", what, ms[0], sorted[sorted.length / 2],
                ms.length, target, Arrays.toString(ms));
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
