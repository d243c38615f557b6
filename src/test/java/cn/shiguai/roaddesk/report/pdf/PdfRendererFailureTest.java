package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererFailureTest {
    @TempDir
    Path folder;

    @Test
    void charactersTheFontLacksPrintAsBoxesAndAreNamed() throws IOException {
        String text = "气温 −9.0 ℃，①号监测点";
        ReportDocument document = new ReportDocument("", "测试", "", "", List.of(new Paragraph(text)), "", null);
        // Every character of the document and of the footer, except ℃ and ①; □ is there to stand in.
        String everythingElse = "测试气温 -9.0，号监测点第页/共0123456789.-：中文A□";
        Path font = TestFonts.wenQuanYiSubset(folder, everythingElse);
        try (CjkFontLocator locator = new CjkFontLocator(font)) {
            List<ReplacedGlyphs> told = new java.util.ArrayList<>();
            byte[] pdf = new PdfRenderer(locator, SampleDocuments.FIXED_CLOCK, told::add).renderToBytes(document);
            assertEquals(1, told.size());
            assertEquals(List.of((int) '℃', (int) '①'), told.get(0).codePoints());
            assertTrue(told.get(0).font().contains(font.getFileName().toString()), told.get(0).font());
            String printed = String.join("", Rendered.extractPages(pdf));
            assertTrue(printed.contains("气温 -9.0 □，□号监测点"), printed);
        }
    }

    @Test
    void noFontMeansAClearMessageAndNoOutput() {
        CjkFontLocator none = new CjkFontLocator(null, List.of(folder.resolve("simsun.ttc")), List.of(folder));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FontUnavailableException e = assertThrows(FontUnavailableException.class,
                () -> new PdfRenderer(none).render(SampleDocuments.dailyReport(), out));
        assertTrue(e.getMessage().contains("fonts-wqy-zenhei"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void concurrentRendersSharingTheFontGiveTheSameBytesAsOne() throws Exception {
        PdfRenderer renderer = new PdfRenderer(TestFonts.shared(), SampleDocuments.FIXED_CLOCK);
        ReportDocument document = SampleDocuments.dailyReport();
        byte[] alone = renderer.renderToBytes(document);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = pool.invokeAll(List.of(
                    () -> renderer.renderToBytes(document), () -> renderer.renderToBytes(document),
                    () -> renderer.renderToBytes(document), () -> renderer.renderToBytes(document)));
            for (Future<byte[]> result : results) {
                assertArrayEquals(alone, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
