package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed look, checked on page pictures rendered by PDFBox without a display. */
class PdfRendererImageTest {
    private static final float DPI = 50;
    private static Rendered daily;

    @BeforeAll
    static void render() throws IOException {
        daily = Rendered.of(SampleDocuments.dailyReport());
    }

    @Test
    void firstPageIsPrintedWithARedLetterheadAtTheTop() throws IOException {
        BufferedImage page = PdfPageImages.render(daily.pdf(), 0, DPI);
        int height = page.getHeight();
        assertTrue(count(page, 0, height, PdfRendererImageTest::isInk) > 5_000, "page 1 is not blank");
        assertTrue(count(page, 0, height / 4, PdfRendererImageTest::isRed) > 200, "red letterhead in the top quarter");
        assertEquals(0, count(page, height / 3, height, PdfRendererImageTest::isRed), "no red below the head");
    }

    @Test
    void laterPagesHaveNoLetterhead() throws IOException {
        BufferedImage page = PdfPageImages.render(daily.pdf(), 1, DPI);
        assertTrue(count(page, 0, page.getHeight(), PdfRendererImageTest::isInk) > 2_000);
        assertEquals(0, count(page, 0, page.getHeight() / 8, PdfRendererImageTest::isRed));
    }

    @Test
    void chartDrawsSeriesInTheirColoursAndWritesItsLabels() throws IOException {
        long from = 0;
        long to = 72 * 3600;
        LineChart chart = new LineChart("积雪深度", "厘米", List.of(
                new LineChart.Series("五当召镇 旅游公路 K12 弯道", List.of(new LineChart.Point(0, 2),
                        new LineChart.Point(24 * 3600, 12), LineChart.Point.gap(36 * 3600), new LineChart.Point(48 * 3600, 18),
                        new LineChart.Point(72 * 3600, 23.5)))),
                List.of(new LineChart.ThresholdLine("二级 20 厘米", 20)), from, to,
                List.of(new LineChart.Tick(0, "1月10日"), new LineChart.Tick(72 * 3600, "1月13日")));
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(chart)));
        String text = rendered.joined();
        for (String label : List.of("积雪深度", "厘米", "二级 20 厘米", "五当召镇 旅游公路 K12 弯道", "1月10日", "1月13日", "20")) {
            assertTrue(text.contains(label), "chart label " + label + " in " + text);
        }
        BufferedImage page = PdfPageImages.render(rendered.pdf(), 0, 100);
        assertTrue(count(page, 0, page.getHeight(), rgb -> near(rgb, 0x1F77B4)) > 50, "first series in blue");
        assertTrue(count(page, page.getHeight() / 4, page.getHeight(), PdfRendererImageTest::isRed) > 30,
                "a red dashed threshold line");
    }

    @Test
    void chartWithoutReadingsSaysSo() throws IOException {
        LineChart empty = new LineChart("气温", "℃", List.of(new LineChart.Series("K12", List.of())), List.of(),
                0, 3600, List.of());
        assertTrue(Rendered.of(PdfRendererTextTest.document(List.of(empty))).joined().contains("无数据"));
    }

    @Test
    void watermarkShowsAcrossThePage() throws IOException {
        var document = PdfRendererTextTest.document(List.of(new Paragraph("正文。")));
        BufferedImage plain = PdfPageImages.render(Rendered.of(document).pdf(), 0, DPI);
        BufferedImage draft = PdfPageImages.render(Rendered.of(document.withWatermark("草稿")).pdf(), 0, DPI);
        int h = plain.getHeight();
        int greyPlain = count(plain, h / 3, 2 * h / 3, PdfRendererImageTest::isLightGrey);
        int greyDraft = count(draft, h / 3, 2 * h / 3, PdfRendererImageTest::isLightGrey);
        assertTrue(greyDraft > greyPlain + 1_000, "watermark pixels: " + greyPlain + " vs " + greyDraft);
    }

    @Test
    void pagesRenderToPng() throws IOException {
        byte[] png = PdfPageImages.renderPng(daily.pdf(), 1, DPI);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(210 / 25.4 * DPI), image.getWidth(), 1);
        assertThrows(IllegalArgumentException.class, () -> PdfPageImages.render(daily.pdf(), 99, DPI));
    }

    interface PixelTest {
        boolean test(int rgb);
    }

    static int count(BufferedImage image, int fromRow, int toRow, PixelTest test) {
        int count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isInk(int rgb) {
        return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 600;
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 150 && g < 90 && b < 90;
    }

    private static boolean isLightGrey(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - g) < 6 && Math.abs(g - b) < 6 && r > 170 && r < 245;
    }

    private static boolean near(int rgb, int expected) {
        int dr = ((rgb >> 16) & 0xFF) - ((expected >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((expected >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (expected & 0xFF);
        return dr * dr + dg * dg + db * db < 40 * 40;
    }
}
