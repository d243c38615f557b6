package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.report.pdf.PdfRenderer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the daily report with a thousand log entries of the day, from snapshot to PDF bytes:
 * assembly (draft and document) plus render. Cold = the first in this JVM, font already loaded
 * (the app loads it at start-up); warm = the median of later runs, as in a running app.
 * Arguments: log entries (1000), warm runs (20; 0 for cold only). Run by bench/daily-report.sh;
 * a main, not a test, because timings on shared machines make flaky assertions.
 */
public final class DailyReportBench {
    private DailyReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Reports reports = new Reports(SampleSituation.context());
        SituationSnapshot snapshot = SampleSituation.snapshot(SampleSituation.dayOfLog(entries));
        Issuance issuance = Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 3));
        try (CjkFontLocator fonts = new CjkFontLocator()) {
            PdfRenderer renderer = new PdfRenderer(fonts, SampleReports.ISSUE_CLOCK);
            long t0 = System.nanoTime();
            fonts.locate();
            long t1 = System.nanoTime();
            ReportDocument document = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, issuance);
            long t2 = System.nanoTime();
            byte[] pdf = renderer.renderToBytes(document);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "font            %s%n", fonts.locate().description());
            System.out.printf(Locale.ROOT, "document        daily report, %d log entries, %d pages, %d bytes (%.0f KB)%n",
                    entries, PdfPageImages.pageCount(pdf), pdf.length, pdf.length / 1024.0);
            System.out.printf(Locale.ROOT, "cold font load  %.0f ms%n", (t1 - t0) / 1e6);
            System.out.printf(Locale.ROOT, "cold assemble   %.0f ms%n", (t2 - t1) / 1e6);
            System.out.printf(Locale.ROOT, "cold total      %.0f ms (assemble + render, first in this JVM, font loaded)%n",
                    (t3 - t1) / 1e6);
            if (warmRuns > 0) {
                warm(reports, snapshot, issuance, renderer, warmRuns);
            }
        }
    }

    private static void warm(Reports reports, SituationSnapshot snapshot, Issuance issuance, PdfRenderer renderer,
                             int runs) throws Exception {
        for (int i = 0; i < 5; i++) {
            renderer.renderToBytes(reports.assemble(DocumentKind.DAILY_REPORT, snapshot, issuance)); // JIT warm-up
        }
        double[] totals = new double[runs];
        double[] assembles = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ReportDocument document = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, issuance);
            long t1 = System.nanoTime();
            renderer.renderToBytes(document);
            totals[i] = (System.nanoTime() - t0) / 1e6;
            assembles[i] = (t1 - t0) / 1e6;
        }
        Arrays.sort(totals);
        Arrays.sort(assembles);
        System.out.printf(Locale.ROOT, "warm assemble   median %.1f ms (%d runs)%n", assembles[runs / 2], runs);
        System.out.printf(Locale.ROOT, "warm total      median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
                totals[runs / 2], totals[0], totals[runs - 1], runs);
    }
}
