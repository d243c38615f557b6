package cn.shiguai.roaddesk.bench;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The chain at a million entries, on a scratch copy of a filled database (it writes to it): the
 * full verify, the verify from a checkpoint a day's entries back, and issuing a daily report (the
 * chain checked inside the write). Usage: {@code ChainBench DATA_DIR}. Run by bench/chain-bench.sh.
 */
public final class ChainBench {
    private ChainBench() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = DataDirectory.of(Path.of(args[0]));
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(data, clock);
             Office office = Office.onCallingThread(db, new RuleSetLoader().loadDefault(), clock)) {
            DutyLog log = office.stores().log();
            double[] full = times(3, log::verify);
            System.out.printf(Locale.ROOT, "full verify       median %.0f ms (%s; %,d entries)%n", median(full),
                    list(full), log.verify().count());
            log.verifyAndCheckpoint(1);
            for (int i = 0; i < 1000; i++) {
                log.append(LogDraft.of("基准测试", LogCategory.NOTE, "检查点之后的一天的记录 " + i));
            }
            double[] since = times(5, log::verifyFromCheckpoint);
            System.out.printf(Locale.ROOT, "from checkpoint   median %.0f ms (%s; 1,001 entries since)%n", median(since),
                    list(since));
            DocumentService documents = office.documents();
            documents.warmUp();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            double[] issues = new double[4];
            for (int i = 0; i < issues.length; i++) {
                Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, today, "基准测试");
                long t0 = System.nanoTime();
                documents.issue(drafted, drafted.draft().texts(), "基准测试");
                issues[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] warm = Arrays.copyOfRange(issues, 1, issues.length);
            System.out.printf(Locale.ROOT, "issue daily       median %.0f ms warm (%s), first %.0f ms%n", median(warm),
                    list(warm), issues[0]);
            documents.fonts().close();
        }
    }

    private static double[] times(int runs, Supplier<ChainReport> work) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            if (!work.get().intact()) {
                throw new IllegalStateException("the chain is broken");
            }
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return t;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String list(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
