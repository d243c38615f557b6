package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.pdf.CjkFont;
import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.report.pdf.PdfRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documents as printed: text a reader can search, the number, the seal in the footer, a page that shows. */
class ReportPdfTest {
    /** The font CI installs (fonts-wqy-zenhei) and the .deb depends on. */
    private static final Path WEN_QUAN_YI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static CjkFontLocator fonts;
    private static Map<String, ReportDocument> samples;

    @BeforeAll
    static void setUp() {
        fonts = new CjkFontLocator(WEN_QUAN_YI);
        samples = SampleReports.documents();
    }

    @AfterAll
    static void tearDown() throws IOException {
        fonts.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily-report", "warning-notice", "public-bulletin", "superior-report", "review-checklist"})
    void everyDocumentRendersWithItsTitleNumberAndFooterAsText(String name) throws IOException {
        ReportDocument document = samples.get(name);
        byte[] pdf = render(document);
        List<String> pages = pages(pdf);
        String first = pages.get(0);
        assertTrue(first.contains(document.issuer()), first);
        assertTrue(first.contains(document.title()), first);
        assertTrue(first.contains(document.number()), first);
        assertTrue(first.contains(document.dateLine()), first);
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertTrue(text.contains("第 " + page + " 页 / 共 " + pages.size() + " 页"), name + " page " + page);
            if (!document.footerNote().isEmpty()) {
                assertTrue(text.replace("\n", "").contains(SampleSituation.HEAD_HASH), name + " seal on page " + page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily-report", "warning-notice", "public-bulletin", "superior-report", "review-checklist"})
    void firstPageIsNotBlank(String name) throws IOException {
        BufferedImage page = PdfPageImages.render(render(samples.get(name)), 0, 40);
        int ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 500) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 3_000, name + ": only " + ink + " dark pixels on page 1");
    }

    @Test
    void dailyReportPrintsTheChineseContentOfTheDay() throws IOException {
        String text = String.join("", pages(render(samples.get("daily-report")))).replace("\n", "");
        assertTrue(text.contains("石拐区道路交通情况日报"));
        assertTrue(text.contains("2026年第3期"));
        assertTrue(text.contains("二级响应（重大），自1月12日9时40分起（张占良，组长决定）"), text);
        assertTrue(text.contains("达到二级响应（重大）：积雪深度 23.5 厘米"), text);
        assertTrue(text.contains("五当召镇 旅游公路 K12 弯道"));
        assertTrue(text.contains("无法完成") && text.contains("进行中") && text.contains("未开始") && text.contains("已完成"));
        assertTrue(text.contains("积雪深度（近72小时）") && text.contains("二级 20 厘米"), "the trend chart's labels");
        assertTrue(text.contains("℃"));
        assertTrue(text.contains("值班日志共 1234 条"));
    }

    @Test
    void aCorrectionSaysSoInPrint() throws IOException {
        Reports reports = new Reports(SampleSituation.context());
        SituationSnapshot snapshot = SampleSituation.snapshot();
        DocumentDraft draft = reports.correctionDraft(DocumentKind.PUBLIC_BULLETIN, snapshot,
                reports.draft(DocumentKind.PUBLIC_BULLETIN, snapshot).texts());
        DocumentNumber second = DocumentNumber.first(DocumentKind.PUBLIC_BULLETIN, 2026, 5).nextVersion();
        String text = String.join("", pages(render(reports.assemble(DocumentKind.PUBLIC_BULLETIN, snapshot, draft,
                Issuance.issued(SampleSituation.DAY, second))))).replace("\n", "");
        assertTrue(text.contains("2026年第5期（更正）"), text);
        assertTrue(text.contains("本件为出行提示2026年第5期的更正件（第2版）"), text);
    }

    /**
     * Every character the documents can print is in the font: their whole wording, the words they
     * take from the bundles, the symbols of the checklist, and what the office types into drafts
     * (circled numbers, ℃, full-width punctuation). The renderer would refuse a document rather
     * than print a box; this finds the gap before a duty officer does.
     */
    @Test
    void theFontHasEveryCharacterTheDocumentsPrint() throws IOException {
        CjkFont font = fonts.locate();
        List<String> texts = new ArrayList<>();
        texts.addAll(values("/i18n/report-document.properties"));
        texts.addAll(values("/i18n/messages.properties"));
        texts.addAll(values("/i18n/measures.properties"));
        samples.values().forEach(document -> texts.add(Texts.all(document)));
        texts.add("①②③④⑤⑥⑦⑧⑨⑩ ℃ ■□√＿ ，。、；：？！“”‘’（）《》〔〕【】—…·～");
        TreeSet<String> missing = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(c -> !Character.isISOControl(c) && !font.hasGlyph(c))
                    .filter(c -> c != 0x2212) // typed as a minus sign, printed as a hyphen where the font lacks it
                    .forEach(c -> missing.add(new String(Character.toChars(c)) + String.format(" U+%04X", c)));
        }
        assertEquals(new TreeSet<>(), missing, "characters " + font.faceName() + " cannot print");
    }

    private static byte[] render(ReportDocument document) throws IOException {
        return new PdfRenderer(fonts, SampleReports.ISSUE_CLOCK).renderToBytes(document);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static List<String> values(String resource) throws IOException {
        try (InputStream in = ReportPdfTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.values().stream().map(String::valueOf).toList();
        }
    }
}
