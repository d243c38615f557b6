package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import org.junit.jupiter.api.Test;

class SuperiorReportTest {
    private final Reports reports = new Reports(SampleSituation.context());

    @Test
    void summaryOfWeatherLevelRoadsAndMeasuresToTheAddressee() {
        ReportDocument report = reports.assemble(DocumentKind.SUPERIOR_REPORT, SampleSituation.snapshot(),
                Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.SUPERIOR_REPORT, 2026, 1)));
        String text = Texts.all(report);
        assertEquals("关于石拐区恶劣天气道路交通情况的报告", report.title());
        assertEquals("包头市应急管理局：", Texts.of(report.body().get(0)));
        assertTrue(text.contains("现将2026年1月12日0时至18时石拐区恶劣天气及道路交通情况报告如下"), text);
        assertTrue(text.contains("当前响应：二级响应（重大）"));
        assertTrue(text.contains("旅游公路五当召段（K8—K15）交通中断 8 小时，滞留车辆排队 2.5 公里"), text);
        assertTrue(text.contains("II.12（提请区政府动员力量铲冰，区政府办公室主任）目前无法完成：驻地部队联络电话无人接听"), text);
        Table counts = Texts.blocks(report, Table.class).get(0);
        assertEquals("岗位", counts.headers().get(0));
        assertTrue(Texts.of(counts).contains("区交通运输局局长|李新明|"), Texts.of(counts));
        assertTrue(text.contains("特此报告。"));
        assertTrue(report.footerNote().contains("1234 条"));
    }

    @Test
    void oneSentencePerUpperLevelInForceBesideTheDistrictsOwn() {
        var city = new cn.shiguai.roaddesk.upper.UpperResponse(1, "包头市", cn.shiguai.roaddesk.rules.ResponseLevel.III,
                java.time.Instant.parse("2026-01-12T00:00:00Z"), "包政办发〔2026〕12号", null, "王海燕",
                java.time.Instant.parse("2026-01-12T00:10:00Z"));
        var region = new cn.shiguai.roaddesk.upper.UpperResponse(2, "内蒙古自治区", cn.shiguai.roaddesk.rules.ResponseLevel.IV,
                java.time.Instant.parse("2026-01-11T22:30:00Z"), null, "自治区源", "系统",
                java.time.Instant.parse("2026-01-11T23:00:00Z"));
        String text = Texts.all(reports.assemble(DocumentKind.SUPERIOR_REPORT,
                SampleSituation.snapshot().withUpper(java.util.List.of(city, region)),
                Issuance.draft(SampleSituation.DAY)));
        assertTrue(text.contains("上级响应：包头市 三级响应（包政办发〔2026〕12号，自 1月12日 08:00 起）"), text);
        assertTrue(text.contains("上级响应：内蒙古自治区 四级响应（自 1月12日 06:30 起）"), text);
        assertTrue(text.contains("当前响应：二级响应（重大）"), "the district's own level stays as decided");
        assertTrue(!Texts.all(reports.assemble(DocumentKind.SUPERIOR_REPORT, SampleSituation.snapshot(),
                Issuance.draft(SampleSituation.DAY))).contains("上级响应"), "nothing said when none is in force");
    }

    @Test
    void theAddresseeIsEditable() {
        DocumentDraft draft = reports.draft(DocumentKind.SUPERIOR_REPORT, SampleSituation.snapshot())
                .with(DraftParts.ADDRESSEE, "包头市恶劣天气交通应急处置工作领导小组办公室");
        ReportDocument report = reports.assemble(DocumentKind.SUPERIOR_REPORT, SampleSituation.snapshot(), draft,
                Issuance.draft(SampleSituation.DAY));
        assertEquals("包头市恶劣天气交通应急处置工作领导小组办公室：", Texts.of(report.body().get(0)));
    }
}
