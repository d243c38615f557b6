package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.report.pdf.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a sample of each document, as issued, from {@link SampleSituation} into
 * {@code docs/reports/} (or the folder given): the PDF and a PNG of its first page, for people
 * to look at. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<test class path> cn.shiguai.roaddesk.report.SampleReports}.
 */
public final class SampleReports {
    static final Clock ISSUE_CLOCK = Clock.fixed(SampleSituation.instant(SampleSituation.at(12, 18, 30)),
            SampleSituation.DISTRICT);
    private static final float PNG_DPI = 100;

    private SampleReports() {
    }

    /** Each sample by file name, as issued on the sample day. */
    static Map<String, ReportDocument> documents() {
        Reports reports = new Reports(SampleSituation.context());
        SituationSnapshot snapshot = SampleSituation.snapshot();
        Map<String, ReportDocument> documents = new LinkedHashMap<>();
        documents.put("daily-report", reports.assemble(DocumentKind.DAILY_REPORT, snapshot,
                issued(DocumentKind.DAILY_REPORT, 3)));
        documents.put("warning-notice", reports.assemble(DocumentKind.WARNING_NOTICE, snapshot,
                issued(DocumentKind.WARNING_NOTICE, 2)));
        documents.put("public-bulletin", reports.assemble(DocumentKind.PUBLIC_BULLETIN, snapshot,
                issued(DocumentKind.PUBLIC_BULLETIN, 5)));
        documents.put("superior-report", reports.assemble(DocumentKind.SUPERIOR_REPORT, snapshot,
                issued(DocumentKind.SUPERIOR_REPORT, 1)));
        documents.put("review-checklist", reports.reviewChecklist(snapshot));
        return documents;
    }

    static Issuance issued(DocumentKind kind, int number) {
        return Issuance.issued(SampleSituation.DAY, DocumentNumber.first(kind, 2026, number));
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/reports");
        Files.createDirectories(folder);
        try (CjkFontLocator fonts = new CjkFontLocator()) {
            PdfRenderer renderer = new PdfRenderer(fonts, ISSUE_CLOCK);
            for (Map.Entry<String, ReportDocument> sample : documents().entrySet()) {
                byte[] pdf = renderer.renderToBytes(sample.getValue());
                Files.write(folder.resolve(sample.getKey() + ".pdf"), pdf);
                Files.write(folder.resolve(sample.getKey() + ".png"), PdfPageImages.renderPng(pdf, 0, PNG_DPI));
                System.out.printf("%s: %d pages, %d KB%n", sample.getKey(), PdfPageImages.pageCount(pdf), pdf.length / 1024);
            }
        }
    }
}
