package cn.shiguai.roaddesk.report.issue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the daily report the way the window makes it, from the database: the sample day with
 * {@code entries} more duty-log entries (calls, all of them notable), then draft (the snapshot
 * read from the stores and the chain verified), render the draft, and issue (number, verify,
 * render, store, log in one write). In-memory H2, font loaded first. Arguments: entries (1000),
 * runs (10). Run by bench/daily-report.sh.
 */
public final class IssueBench {
    private IssueBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LocalDate day = LocalDate.of(2026, 1, 12);
        TestClock clock = TestClock.at("2026-01-12T10:30:00Z");
        try (TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕")) {
            SampleReadings.fill(desk.office().readings(), day);
            SampleReadings.respond(desk.office(), day, desk.stores().log());
            addCalls(desk.stores().log(), day, entries);
            DocumentService documents = desk.office().documents();
            documents.warmUp();
            double[] drafts = new double[runs];
            double[] renders = new double[runs];
            double[] issues = new double[runs];
            IssuedDocument last = null;
            for (int i = 0; i < runs + 3; i++) {
                long t0 = System.nanoTime();
                Drafted drafted = documents.draft(DocumentKind.DAILY_REPORT, day, "王海燕");
                long t1 = System.nanoTime();
                documents.render(drafted, drafted.draft().texts());
                long t2 = System.nanoTime();
                last = documents.issue(drafted, drafted.draft().texts(), "王海燕");
                long t3 = System.nanoTime();
                if (i >= 3) { // the first three warm the JIT up
                    drafts[i - 3] = (t1 - t0) / 1e6;
                    renders[i - 3] = (t2 - t1) / 1e6;
                    issues[i - 3] = (t3 - t2) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "service         daily report from the database, %d log entries of the day, "
                    + "%d pages, %d KB (in-memory H2)%n", desk.stores().log().day(day).size(),
                    PdfPageImages.pageCount(last.pdf()), last.pdf().length / 1024);
            print("service draft", drafts, "snapshot from the stores + chain verified");
            print("service render", renders, "draft preview PDF");
            print("service issue", issues, "number + verify + render + store + log, one write");
            documents.fonts().close();
        }
    }

    private static void addCalls(DutyLog log, LocalDate day, int count) {
        Instant start = day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long step = Math.max(1, 18 * 3600L / Math.max(1, count));
        for (int i = 0; i < count; i++) {
            log.append(LogDraft.of(i % 2 == 0 ? "王海燕" : "李文博", LogCategory.PHONE_IN,
                    "交管大队来电：旅游公路 K" + (8 + i % 8) + " 弯道积雪压实，已组织铲雪车作业，暂无车辆滞留（第 " + i + " 次报告）。")
                    .occurredAt(start.plusSeconds(i * step)));
        }
    }

    private static void print(String label, double[] times, String what) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-15s median %.0f ms, min %.0f, max %.0f (%d runs; %s)%n", label,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length, what);
    }
}
