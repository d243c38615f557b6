package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.PageBreak;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewChecklistTest {
    private final SituationSnapshot snapshot = SampleSituation.snapshot();
    private final ReportDocument checklist = new Reports(SampleSituation.context()).reviewChecklist(snapshot);

    @Test
    void onePagePerPositionAfterACoverPage() {
        long positions = snapshot.measures().stream().map(MeasureLine::positionKey).distinct().count();
        assertEquals(positions, Texts.blocks(checklist, PageBreak.class).size());
        List<Heading> headings = Texts.blocks(checklist, Heading.class);
        assertEquals("一、区政府副区长、区公安分局局长", headings.get(0).text());
        assertEquals("三、区交通运输局局长", headings.get(2).text());
        assertEquals("石拐区应急响应措施落实情况核查表", checklist.title());
        assertEquals("", checklist.number(), "a review print is not a numbered document");
        assertNull(checklist.watermark());
    }

    @Test
    void statusAsBoxesWithTheCurrentOneFilledAndAnEmptyCheckColumn() {
        Table transport = Texts.blocks(checklist, Table.class).get(3);
        assertEquals(List.of("编号", "措施（预案原文）", "状态", "最新情况", "核查"), transport.headers());
        Table.Row first = transport.rows().get(0);
        assertTrue(first.cells().get(1).contains("领导小组成员单位根据职责分工"), "the plan's own words");
        assertTrue(first.cells().get(2).matches("[■□] 已完成\n[■□] 进行中\n[■□] 未开始\n[■□] 无法完成"), first.cells().get(2));
        assertEquals(1, first.cells().get(2).chars().filter(c -> c == '■').count());
        assertEquals("", first.cells().get(4));
        String text = Texts.all(checklist);
        assertTrue(text.contains("在岗人：李新明"));
        assertTrue(text.contains("核查人（签字）："));
        assertTrue(checklist.footerNote().contains(SampleSituation.HEAD_HASH));
    }
}
