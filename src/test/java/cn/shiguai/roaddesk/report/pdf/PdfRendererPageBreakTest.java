package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.PageBreak;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import cn.shiguai.roaddesk.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfRendererPageBreakTest {

    @Test
    void eachBreakStartsTheNextBlockOnANewPage() throws IOException {
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(
                new Paragraph("交管大队的核查表。"), PageBreak.INSTANCE,
                new Paragraph("交通运输局的核查表。"), PageBreak.INSTANCE,
                new Paragraph("消防大队的核查表。"))));
        assertEquals(3, rendered.pageCount());
        assertTrue(rendered.pages().get(0).contains("交管大队"));
        assertTrue(rendered.pages().get(1).contains("交通运输局"));
        assertFalse(rendered.pages().get(1).contains("消防大队"));
        assertTrue(rendered.pages().get(2).contains("消防大队"));
    }

    @Test
    void aBreakAtThePageTopMakesNoEmptyPage() throws IOException {
        Rendered rendered = Rendered.of(PdfRendererTextTest.document(List.of(
                new Paragraph("第一页。"), PageBreak.INSTANCE, PageBreak.INSTANCE, new Paragraph("第二页。"))));
        assertEquals(2, rendered.pageCount());
        assertTrue(rendered.pages().get(1).contains("第二页"));
    }

    @Test
    void aBreakAfterALongTableStartsExactlyOneNewPage() throws IOException {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(Table.row(String.valueOf(i), "巡查"));
        }
        Rendered once = Rendered.of(PdfRendererTextTest.document(List.of(Table.of(List.of("序号", "内容"), rows))));
        Rendered withBreak = Rendered.of(PdfRendererTextTest.document(List.of(Table.of(List.of("序号", "内容"), rows),
                PageBreak.INSTANCE, Heading.chapter("二、下一节"))));
        assertEquals(once.pageCount() + 1, withBreak.pageCount(), "the heading gets a page of its own, no more");
        assertTrue(withBreak.pages().get(withBreak.pageCount() - 1).contains("二、下一节"));
    }
}
