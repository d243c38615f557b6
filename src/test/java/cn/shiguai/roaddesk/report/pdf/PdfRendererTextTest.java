package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader gets from the PDF as text: content, numbering, footers, metadata. */
class PdfRendererTextTest {
    private static Rendered daily;

    @BeforeAll
    static void renderDailyReport() throws IOException {
        daily = Rendered.of(SampleDocuments.dailyReport());
    }

    @Test
    void chineseContentIsRealSearchableText() {
        String first = daily.pages().get(0);
        assertTrue(first.contains(SampleDocuments.ISSUER), first);
        assertTrue(first.contains("石拐区道路交通情况日报"), first);
        assertTrue(first.contains("2026年第3期"), first);
        assertTrue(first.contains("2026年1月12日"), first);
        assertTrue(first.contains("五当召镇 旅游公路 K12 弯道"), first);
        String all = daily.joined();
        assertTrue(all.contains("石府办发〔2019〕2号"), "issue number of the plan");
        assertTrue(all.contains("积雪深度 23.5 厘米"), "readings with Latin digits between Chinese");
        assertTrue(all.contains("无法完成"), "status column");
    }

    @Test
    void minusSignsAreTypedAsHyphensBecauseTheFontLacksThem() {
        assertTrue(daily.joined().contains("-9.0 ℃"));
        assertFalse(daily.joined().contains("−"), "U+2212 is not in WenQuanYi and must not print as a box");
    }

    @Test
    void everyPageHasItsNumberAndTheFooterNote() {
        int total = daily.pageCount();
        assertTrue(total >= 3, "the sample report runs over several pages, had " + total);
        for (int page = 1; page <= total; page++) {
            String text = daily.pages().get(page - 1);
            assertTrue(text.contains("第 " + page + " 页 / 共 " + total + " 页"), "page " + page + ": " + text);
            assertTrue(text.contains("值班日志 1234 条 · 链头 9f3a61c2…e07b"), "footer note on page " + page);
        }
    }

    @Test
    void noPrintedLineStartsWithClosingPunctuation() throws IOException {
        String text = "为做好恶劣天气应对工作，应急办公室要求各成员单位：加强值守，确保信息畅通；遇有突发情况，"
                + "立即报告（电话 0472-8721234）。积雪深度达到 20 厘米以上、日平均气温 −9.0 ℃ 时，"
                + "按《预案》启动二级响应。“铲冰除雪”作业要做到：随下随清、不留死角！";
        Rendered rendered = Rendered.of(document(List.of(new Paragraph(text.repeat(6)))));
        String forbidden = "，。；：、）》」”！？%℃";
        for (String page : rendered.pages()) {
            for (String line : page.split("\\R")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    assertTrue(forbidden.indexOf(trimmed.codePointAt(0)) < 0, "line starts with punctuation: " + trimmed);
                    assertFalse("（《「“".indexOf(trimmed.codePointBefore(trimmed.length())) >= 0, "line ends with opening: " + trimmed);
                }
            }
        }
    }

    @Test
    void metadataNamesTheDocumentAndTheClockTime() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(daily.pdf())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("石拐区道路交通情况日报", info.getTitle());
            assertEquals("RoadDesk", info.getCreator());
            assertEquals(SampleDocuments.FIXED_CLOCK.instant(), info.getCreationDate().toInstant());
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
            String font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next()).getName();
            assertTrue(font.matches("[A-Z]{6}\\+WenQuanYiZenHei"), "an embedded subset: " + font);
        }
    }

    @Test
    void theSameDocumentAndClockGiveTheSameBytes() throws IOException {
        ReportDocument document = SampleDocuments.dailyReport();
        PdfRenderer renderer = new PdfRenderer(TestFonts.shared(), SampleDocuments.FIXED_CLOCK);
        byte[] first = renderer.renderToBytes(document);
        byte[] second = renderer.renderToBytes(document);
        assertTrue(Arrays.equals(first, second), "renders differ");
    }

    @Test
    void documentsDifferingOnlyInATableCellGetDifferentFileIdentifiers() throws IOException {
        Table one = Table.of(List.of("时间", "内容"), List.of(Table.row("08:00", "巡查")));
        Table two = Table.of(List.of("时间", "内容"), List.of(Table.row("08:00", "除雪")));
        assertFalse(Arrays.equals(fileIdentifier(document(List.of(one))), fileIdentifier(document(List.of(two)))));
    }

    private static byte[] fileIdentifier(ReportDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Rendered.of(document).pdf())) {
            return ((COSString) pdf.getDocument().getTrailer().getCOSArray(COSName.ID).get(0)).getBytes();
        }
    }

    @Test
    void headingsStayWithTheTableBelowThem() throws IOException {
        assertHeadingsKeptWith(Table.of(List.of("时间", "监测点"), List.of(Table.row("12日 14:00", "K12 弯道"))), "12日14:00");
    }

    @Test
    void headingsStayWithTheChartBelowThem() throws IOException {
        LineChart chart = new LineChart("积雪深度趋势", "厘米", List.of(new LineChart.Series("K12",
                List.of(new LineChart.Point(0, 1), new LineChart.Point(3600, 2)))), List.of(), 0, 3600, List.of());
        assertHeadingsKeptWith(chart, "积雪深度趋势");
    }

    /** Paragraphs of growing length put two headings at each line position near the foot of page 1. */
    private static void assertHeadingsKeptWith(Block content, String contentText) throws IOException {
        for (int lines = 14; lines <= 28; lines++) {
            Rendered rendered = Rendered.of(document(List.of(new Paragraph("前文。".repeat(lines * 12)),
                    Heading.chapter("二、气象与路面监测"), Heading.section("（一）最新读数"), content)));
            for (String page : rendered.pages()) {
                String flat = page.replaceAll("\\s", "");
                if (flat.contains("二、气象与路面监测")) {
                    assertTrue(flat.contains("（一）最新读数") && flat.contains(contentText),
                            "headings kept with what follows (" + lines + " lines before): " + flat);
                }
            }
        }
    }

    @Test
    void aDocumentWithoutBodyIsOnePage() throws IOException {
        Rendered rendered = Rendered.of(new ReportDocument("", "出行提示", "", "", List.of(), "", null));
        assertEquals(1, rendered.pageCount());
        assertTrue(rendered.pages().get(0).contains("出行提示"));
        assertTrue(rendered.pages().get(0).contains("第 1 页 / 共 1 页"));
    }

    @Test
    void watermarkIsNotPartOfTheText() throws IOException {
        Rendered draft = Rendered.of(document(List.of(Heading.chapter("一、总体情况"), new Paragraph("正文。")))
                .withWatermark("草稿"));
        assertFalse(draft.joined().contains("草"), draft.joined());
    }

    static ReportDocument document(List<Block> body) {
        return new ReportDocument(SampleDocuments.ISSUER, "测试文件", "2026年第1期", "2026年1月12日", body, "脚注", null);
    }
}
