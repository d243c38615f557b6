package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningNoticeTest {
    private final Reports reports = new Reports(SampleSituation.context());
    private final SituationSnapshot snapshot = SampleSituation.snapshot();

    @Test
    void expectedWeatherKeyAreasAndAdvicePerDepartment() {
        ReportDocument notice = reports.assemble(DocumentKind.WARNING_NOTICE, snapshot,
                Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.WARNING_NOTICE, 2026, 2)));
        String text = Texts.all(notice);
        assertEquals("石拐区恶劣天气交通影响预警通报", notice.title());
        assertEquals("2026年第2期", notice.number());
        assertTrue(text.contains("一、天气情况"));
        assertTrue(text.contains("近24小时，五当召镇 旅游公路 K12 弯道积雪深度由"), "the change of the last day");
        assertTrue(text.contains("相邻地区：固阳县 G210 固阳段（积雪 25 厘米"), "neighbouring areas, §七(一)");
        assertTrue(text.contains("三、影响重点区域"));
        assertTrue(text.contains(SampleSituation.K12 + "（积雪 23.5 厘米，路面结冰 1.8 厘米"), text);
        assertTrue(text.contains("（一）区政府办公室：请按照二级响应措施要求"), text);
        assertTrue(text.contains("区交通运输局：请按照二级响应措施要求，做好落实防范措施、24小时值班；道路巡查维护、排险"), text);
        assertTrue(text.contains("判定依据：达到二级响应（重大）"), "the assessment of the engine");
        assertTrue(notice.footerNote().contains(SampleSituation.HEAD_HASH));
    }

    @Test
    void theSignalsInForceAreInTheWeatherAndInATableWithTheirInstructions() {
        SituationSnapshot warned = snapshot.withWarnings(SampleSituation.signals());
        String weather = reports.draft(DocumentKind.WARNING_NOTICE, warned).text(DraftParts.WEATHER);
        assertTrue(weather.contains("目前生效的预警信号：包头市气象台发布道路结冰橙色预警（1月12日7时6分起，至1月13日8时）；"
                + "内蒙古自治区气象台发布寒潮黄色预警（1月12日10时起，未注明解除时间）（预警信号为预报，响应等级仍按实况研判）。"),
                weather);
        String text = Texts.all(reports.assemble(DocumentKind.WARNING_NOTICE, warned, Issuance.draft(SampleSituation.DAY)));
        assertTrue(text.contains("生效中的预警信号及防御指南如下："), text);
        assertTrue(text.contains("交通、公安等部门做好道路结冰应对准备；驾驶人员注意安全，减速慢行。"), text);
        assertTrue(text.contains("未注明"), text);
        assertEquals(WarningNoticeAssembler.anticipatedLevel(snapshot), WarningNoticeAssembler.anticipatedLevel(warned),
                "a forecast never changes the level the notice prepares for");
        assertFalse(Texts.all(reports.assemble(DocumentKind.WARNING_NOTICE, snapshot, Issuance.draft(SampleSituation.DAY)))
                .contains("预警信号及防御指南"), "no signal, no table");
    }

    @Test
    void adviceIsOnePartPerDepartmentLabelledByItsName() {
        DocumentDraft draft = reports.draft(DocumentKind.WARNING_NOTICE, snapshot);
        DraftPart transport = draft.part(DraftParts.advice("TRANSPORT"));
        assertEquals("report.part.advice", transport.labelKey());
        assertEquals("区交通运输局", transport.subject());
        assertTrue(draft.has(DraftParts.WEATHER) && draft.has(DraftParts.KEY_AREAS));
        assertTrue(draft.parts().stream().noneMatch(p -> p.key().equals("advice.LEADER")),
                "the group leader is the addressee's head, not a department");
    }

    @Test
    void withoutAResponseTheNoticePreparesTheRecommendedLevelAndAtLeastLevelIV() {
        assertEquals(ResponseLevel.II, WarningNoticeAssembler.anticipatedLevel(SampleSituation.withoutResponse()));
        String text = Texts.all(reports.assemble(DocumentKind.WARNING_NOTICE, SampleSituation.withoutResponse(),
                Issuance.draft(SampleSituation.DAY)));
        assertTrue(text.contains("当前响应：未启动应急响应"), text);
        assertTrue(text.contains("系统研判：二级响应（重大），与当前响应不一致，请领导小组研判"), text);
    }

    @Test
    void anEmptiedAdviceIsLeftOutAndTheOthersRenumbered() {
        DocumentDraft draft = reports.draft(DocumentKind.WARNING_NOTICE, snapshot).with(DraftParts.advice("GOV_OFFICE"), "");
        String text = Texts.all(reports.assemble(DocumentKind.WARNING_NOTICE, snapshot, draft, Issuance.draft(SampleSituation.DAY)));
        assertTrue(text.contains("（一）区交通运输局："), text);
        assertTrue(List.of(text.split("\n")).stream().noneMatch(line -> line.contains("区政府办公室：")));
    }
}
