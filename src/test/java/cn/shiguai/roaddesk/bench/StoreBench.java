package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The store's benchmark (bench/store-bench.sh). Prints one line per figure, with its target. */
public final class StoreBench {
    private static final int DAYS = 730;

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean temporary = args.length == 0;
        Path dir = temporary ? Files.createTempDirectory("roaddesk-bench") : Path.of(args[0]);
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int readings = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        DataDirectory data = DataDirectory.of(dir);
        if (data.hasDatabase()) {
            throw new IllegalArgumentException(dir + " already holds a database");
        }
        System.out.printf("data directory %s; %,d log entries, %,d readings, %d cores%n", dir, entries, readings,
                Runtime.getRuntime().availableProcessors());
        LocalDate firstDay = LocalDate.of(2025, 1, 1);
        long closing;
        try (Database db = Database.open(data, Clock.systemUTC())) {
            Filler filler = new Filler(db, firstDay, DAYS);
            long t0 = System.nanoTime();
            filler.readings(readings);
            long t1 = System.nanoTime();
            filler.logEntries(entries);
            long t2 = System.nanoTime();
            System.out.printf("fill: readings %.1f s, log entries %.1f s (batched transactions)%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            measure(db, firstDay.plusDays(DAYS / 2));
            System.out.printf("file size after fill (open): %s%n", megabytes(data));
            closing = System.nanoTime();
        }
        System.out.printf("clean shutdown (compacts when less than half the file is live): %.1f s%n",
                (System.nanoTime() - closing) / 1e9);
        System.out.printf("file size after clean shutdown: %s%n", megabytes(data));
        long reopen = System.nanoTime();
        try (Database db = Database.open(data, Clock.systemUTC())) {
            System.out.printf("reopen (migrations checked): %.2f s%n", (System.nanoTime() - reopen) / 1e9);
            System.out.printf("file size after restart: %s (target <= 500 MB)%n", megabytes(data));
            ChainReport report = timed("verify after restart", () -> new DutyLog(db).verify(), 5000);
            System.out.println("chain intact after restart: " + report.intact() + ", " + report.count() + " entries");
        }
        System.out.printf("file size after second shutdown: %s%n", megabytes(data));
        if (temporary) {
            delete(dir);
        }
    }

    private static void measure(Database db, LocalDate day) {
        DutyLog log = new DutyLog(db);
        List<Double> appends = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long start = System.nanoTime();
            log.append(LogDraft.of("基准测试", LogCategory.NOTE, "单条持久提交 " + i + " 五当召镇旅游公路巡查"));
            appends.add((System.nanoTime() - start) / 1e6);
        }
        appends.sort(Comparator.naturalOrder());
        System.out.printf("append, durable commit, 2,000 single-entry transactions: median %.2f ms, p95 %.2f ms, "
                + "max %.1f ms (target median <= 5 ms)%n", appends.get(1_000), appends.get(1_900), appends.get(1_999));
        for (int i = 0; i < 3; i++) {
            LocalDate d = day.plusDays(i * 7L);
            int[] n = new int[1];
            timed("list one day " + d + " (run " + (i + 1) + ")", () -> n[0] = log.day(d).size(), 100);
            System.out.printf("  %,d entries that day%n", n[0]);
        }
        int[] found = new int[1];
        timed("search 封闭 (common word, newest 50)", () -> found[0] = log.search("封闭", 50).size(), 300);
        timed("search 雪崩 (absent word)", () -> found[0] = log.search("雪崩", 50).size(), 300);
        timed("search 大青山自然保护区 (absent long word)", () -> found[0] = log.search("大青山自然保护区", 50).size(), 300);
        System.out.printf("  last search found %d%n", found[0]);
        ChainReport report = timed("verify the whole chain", log::verify, 5000);
        System.out.println("chain intact: " + report.intact() + ", " + report.count() + " entries");
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> work, long targetMs) {
        long start = System.nanoTime();
        T result = work.get();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%s: %.0f ms (target <= %d ms)%n", what, ms, targetMs);
        return result;
    }

    private static String megabytes(DataDirectory data) throws IOException {
        return String.format("%.1f MB", Files.size(data.databaseFile()) / 1e6);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
