package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import org.junit.jupiter.api.Test;

class PublicBulletinTest {
    private final Reports reports = new Reports(SampleSituation.context());

    @Test
    void weatherRoadsReasonsMeasuresAndAdviceForThePublic() {
        ReportDocument bulletin = reports.assemble(DocumentKind.PUBLIC_BULLETIN, SampleSituation.snapshot(),
                Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.PUBLIC_BULLETIN, 2026, 5)));
        String text = Texts.all(bulletin);
        assertEquals("石拐区恶劣天气出行提示", bulletin.title());
        assertTrue(text.contains("1月12日，我区出现降雪、低温、道路结冰天气"), text);
        assertTrue(text.contains("一、道路通行情况"));
        assertTrue(text.contains("二、道路无法通行的原因"));
        assertTrue(text.contains(SampleSituation.CUT_ROAD + "受降雪、低温、道路结冰影响，路面积雪结冰严重"), text);
        assertTrue(text.contains("石拐区自1月12日9时40分起实施恶劣天气道路交通二级应急响应"), text);
        assertTrue(text.contains("交通运输部门正在铲冰除雪"), "a measure under way, in words for the public");
        assertFalse(text.contains("会商"), "meetings of the group are no news to a driver");
        assertTrue(text.contains(SampleSituation.CUT_ROAD + "恢复通行前，请选择其他道路绕行"));
        assertTrue(text.contains("122"));
    }

    @Test
    void namesNoPersonAndCarriesNoLogSeal() {
        ReportDocument bulletin = reports.assemble(DocumentKind.PUBLIC_BULLETIN, SampleSituation.snapshot(),
                Issuance.draft(SampleSituation.DAY));
        String text = Texts.all(bulletin);
        assertEquals("", bulletin.footerNote());
        for (String person : new String[] {"张占良", "王丽", "李新明", "刘雪峰"}) {
            assertFalse(text.contains(person), person);
        }
    }

    @Test
    void withNoRoadCutTheReasonsChapterIsLeftOut() {
        String text = Texts.all(reports.assemble(DocumentKind.PUBLIC_BULLETIN, SampleSituation.withoutResponse(),
                Issuance.draft(SampleSituation.DAY)));
        assertFalse(text.contains("道路无法通行的原因"), text);
        assertTrue(text.contains("二、已采取的处置措施") && text.contains("三、出行提示"), "chapters renumbered");
        assertTrue(text.contains("本时段未接到主要道路交通中断或车辆滞留的报告"), "says what is known, not that roads are clear");
    }
}
