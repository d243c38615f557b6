package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the render of the 1,000-entry duty log: the first render in this JVM (cold: font
 * parsing, class loading, JIT) and the median of later renders (warm, as in a running app).
 * Arguments: number of log entries (1000), number of warm renders (20; 0 for the cold
 * figures only). Run by bench/pdf-render.sh; a main, not a test, because timings on shared CI machines
 * make flaky assertions.
 */
public final class PdfRenderBench {
    private PdfRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ReportDocument document = SampleDocuments.dutyLog(rows);
        try (CjkFontLocator fonts = new CjkFontLocator()) {
            PdfRenderer renderer = new PdfRenderer(fonts, SampleDocuments.FIXED_CLOCK);

            long start = System.nanoTime();
            CjkFont font = fonts.locate();
            long located = System.nanoTime();
            byte[] pdf = renderer.renderToBytes(document);
            long rendered = System.nanoTime();

            System.out.printf(Locale.ROOT, "font            %s%n", font.description());
            System.out.printf(Locale.ROOT, "document        %d log entries, %d pages, %d bytes (%.0f KB)%n",
                    rows, PdfPageImages.pageCount(pdf), pdf.length, pdf.length / 1024.0);
            System.out.printf(Locale.ROOT, "cold font load  %.0f ms%n", (located - start) / 1e6);
            System.out.printf(Locale.ROOT, "cold render     %.0f ms (first render in this JVM, font already loaded)%n",
                    (rendered - located) / 1e6);
            if (warmRuns > 0) {
                warm(renderer, document, warmRuns);
            }
        }
    }

    private static void warm(PdfRenderer renderer, ReportDocument document, int warmRuns) throws Exception {
        for (int i = 0; i < 5; i++) {
            renderer.renderToBytes(document); // JIT warm-up, not measured
        }
        double[] warm = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            long t0 = System.nanoTime();
            renderer.renderToBytes(document);
            warm[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "warm render     median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
                warm[warmRuns / 2], warm[0], warm[warmRuns - 1], warmRuns);
    }
}
