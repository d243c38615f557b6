package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Emphasis;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfRendererTableTest {

    @Test
    void longTableRepeatsItsHeaderOnEveryPageAndNeverCutsARow() throws IOException {
        int count = 150;
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("R%03d", i);
            // Every fifth row wraps to three lines; its last line carries the id again, so a
            // row cut between pages would put the two ids on different pages.
            String text = i % 5 == 0
                    ? id + "开始 大磁沟大桥桥面结冰，设卡引导车辆低速通过；融雪剂库存 40 吨，已申请补充 20 吨，预计夜间仍有小雪。结束" + id
                    : id + "巡查结束" + id;
            rows.add(Table.row(i % 7 == 0 ? Emphasis.ALERT : Emphasis.NONE, id, "交管大队", text));
        }
        Table table = new Table(List.of("编号", "报告单位", "日志内容"), rows, new float[] {1, 2, 5});
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(new Paragraph("导语。"), table)));

        assertTrue(rendered.pageCount() >= 3, "150 rows cross pages: " + rendered.pageCount());
        for (String page : rendered.pages()) {
            String flat = page.replaceAll("\\s", "");
            assertTrue(flat.contains("编号报告单位日志内容"), "header on every page: " + page);
        }
        for (int i = 0; i < count; i++) {
            String id = String.format("R%03d", i);
            int pageOfCell = pageContaining(rendered, id + "开始", id + "巡查");
            int pageOfEnd = pageContaining(rendered, "结束" + id, "巡查结束" + id);
            assertTrue(pageOfCell >= 0, id + " printed");
            assertEquals(pageOfCell, pageOfEnd, id + " is cut between pages");
        }
        assertTrue(rendered.pages().get(0).contains("R000"), "rows start on the first page");
        assertTrue(rendered.pages().get(rendered.pageCount() - 1).contains("R149"), "and end on the last");
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPage() throws IOException {
        String longText = "第一句。" + "值班员记录的很长的一段情况说明，".repeat(150) + "最后一句。";
        Table table = Table.of(List.of("时间", "内容"), List.of(Table.row("08:00", longText), Table.row("09:00", "下一行")));
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(table)));
        assertTrue(rendered.pageCount() >= 2);
        String all = rendered.joined();
        assertTrue(all.contains("第一句。") && all.contains("最后一句。") && all.contains("下一行"), "nothing lost");
    }

    @Test
    void emptyTablePrintsItsHeader() throws IOException {
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(Table.of(List.of("时间", "内容"), List.of()))));
        assertTrue(rendered.joined().contains("时间"));
    }

    private static int pageContaining(Rendered rendered, String... needles) {
        for (int page = 0; page < rendered.pageCount(); page++) {
            String flat = rendered.pages().get(page).replace("\n", "").replace("\r", "");
            for (String needle : needles) {
                if (flat.contains(needle)) {
                    return page;
                }
            }
        }
        return -1;
    }
}
