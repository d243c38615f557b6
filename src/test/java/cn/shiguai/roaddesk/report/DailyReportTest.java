package cn.shiguai.roaddesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.doc.Emphasis;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyReportTest {
    private final Reports reports = new Reports(SampleSituation.context());
    private final SituationSnapshot snapshot = SampleSituation.snapshot();
    private final ReportDocument issued = reports.assemble(DocumentKind.DAILY_REPORT, snapshot,
            Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 3)));
    private final String text = Texts.all(issued);

    @Test
    void letterheadTitleNumberAndDate() {
        assertEquals("石拐区恶劣天气交通应急处置工作领导小组应急办公室", issued.issuer());
        assertEquals("石拐区道路交通情况日报", issued.title());
        assertEquals("2026年第3期", issued.number());
        assertEquals("2026年1月12日", issued.dateLine());
        assertNull(issued.watermark(), "an issued document carries no watermark");
    }

    @Test
    void theCitysResponseInForceIsOneSentenceAfterTheDistrictsOwn() {
        var city = new cn.shiguai.roaddesk.upper.UpperResponse(1, "包头市", ResponseLevel.III,
                java.time.Instant.parse("2026-01-12T00:00:00Z"), "包政办发〔2026〕12号", null, "王海燕",
                java.time.Instant.parse("2026-01-12T00:10:00Z"));
        String withCity = Texts.all(reports.assemble(DocumentKind.DAILY_REPORT, snapshot.withUpper(java.util.List.of(city)),
                Issuance.draft(SampleSituation.DAY)));
        assertTrue(withCity.contains("上级响应：包头市 三级响应（包政办发〔2026〕12号，自 1月12日 08:00 起）"), withCity);
        assertTrue(withCity.contains("当前响应：二级响应（重大）"), withCity);
        assertTrue(!text.contains("上级响应"), "nothing said when none is in force");
    }

    @Test
    void responseInForceWithWhoDecidedItAndSinceWhen() {
        assertEquals(ResponseLevel.II, snapshot.evaluation().level(), "the sample day recommends level II");
        assertTrue(text.contains("当前响应：二级响应（重大），自1月12日9时40分起（张占良，组长决定）"), text);
        assertTrue(text.contains("本次响应自1月11日21时30分启动"), text);
        assertTrue(text.contains("报告时段：2026年1月12日0时至18时"), text);
    }

    @Test
    void recommendationAndReasonsInTheEnginesOwnWords() {
        EvaluationText words = new EvaluationText(Messages.chinese(), SampleSituation.context().ruleSet());
        assertTrue(text.contains("判定依据：" + words.verdict(snapshot.evaluation())), text);
        assertTrue(text.contains("距上一级：" + words.nextLevelSummary(snapshot.evaluation())), text);
        assertTrue(text.contains("系统研判：二级响应（重大），与当前响应一致"), text);
    }

    @Test
    void latestReadingsWithNeighbouringAreasMarkedAndGreyed() {
        Table readings = Texts.blocks(issued, Table.class).get(0);
        assertTrue(Texts.of(readings).contains(SampleSituation.K12 + "|1月12日 18:00|23.5|1.8"), Texts.of(readings));
        Table.Row neighbour = readings.rows().get(readings.rows().size() - 1);
        assertEquals(SampleSituation.NEIGHBOUR + "（相邻地区，仅供参考）", neighbour.cells().get(0));
        assertEquals(Emphasis.MUTED, neighbour.emphasis());
        assertTrue(Texts.of(readings).contains(SampleSituation.PARK + "|尚无读数|—"), "never reported is not zero");
    }

    @Test
    void aDeskWithoutMonitoringPointsSaysSoInsteadOfAnEmptyTable() {
        SituationSnapshot s = SampleSituation.snapshot();
        SituationSnapshot empty = new SituationSnapshot(s.date(), s.period(), s.response(), s.evaluation(), List.of(),
                List.of(), s.traffic(), s.measures(), s.log(), s.compiledBy(), s.seal());
        ReportDocument document = reports.assemble(DocumentKind.DAILY_REPORT, empty,
                Issuance.issued(SampleSituation.DAY, DocumentNumber.first(DocumentKind.DAILY_REPORT, 2026, 4)));
        String words = Texts.all(document);
        assertTrue(words.contains("截至报告时，尚未录入任何监测点的读数。"), words);
        assertFalse(Texts.blocks(document, Table.class).stream()
                .anyMatch(t -> t.headers().contains("监测点") && t.rows().isEmpty()), "no table of headers alone");
    }

    @Test
    void trendChartsDrawTheChosenLocationsAgainstTheThresholds() {
        List<LineChart> charts = Texts.blocks(issued, LineChart.class);
        assertEquals(List.of("积雪深度（近72小时）", "道路结冰厚度（近72小时）", "气温（近72小时）"),
                charts.stream().map(LineChart::title).toList());
        LineChart snow = charts.get(0);
        assertEquals(3, snow.series().size());
        assertTrue(snow.thresholds().stream().anyMatch(t -> t.label().equals("二级 20 厘米") && t.value() == 20));
        assertEquals(72 * 3600, snow.toEpochSecond() - snow.fromEpochSecond());
        assertEquals(2, charts.get(1).series().size(), "a location without ice readings is left out of the ice chart");
    }

    @Test
    void measuresByPositionWithEveryStatusAndWhoReported() {
        Table measures = Texts.blocks(issued, Table.class).stream()
                .filter(t -> t.headers().contains("最新情况")).findFirst().orElseThrow();
        String cells = Texts.of(measures);
        for (String status : List.of("已完成", "进行中", "未开始", "无法完成")) {
            assertTrue(cells.contains("|" + status + "|"), status);
        }
        assertTrue(cells.contains("区交通运输局局长\n李新明"), "position with its holder");
        assertTrue(cells.contains("II.12\n牵头"));
        assertTrue(cells.contains("驻地部队联络电话无人接听"), "the note of the last update");
        assertTrue(measures.rows().stream().anyMatch(r -> r.emphasis() == Emphasis.ALERT && r.cells().contains("无法完成")));
        assertFalse(cells.contains("T.DAILY_REPORT"), "standing tasks print as 常设任务, not as codes");
        assertTrue(text.contains("各岗位承担响应措施和常设任务共 " + snapshot.measures().size() + " 项"));
    }

    @Test
    void notableLogEntriesAndCompiler() {
        assertTrue(text.contains("09:40|响应决定|张占良|领导小组组长张占良决定将响应由三级提高为二级"), text);
        assertTrue(text.contains("编制：王丽（1月12日18时）"));
    }

    @Test
    void footerCarriesTheLogHeadHashAndEntryCount() {
        assertEquals("值班日志共 1234 条 · 链头 SHA-256：" + SampleSituation.HEAD_HASH, issued.footerNote());
    }

    @Test
    void chaptersAreNumberedInOrder() {
        for (String chapter : List.of("一、总体情况", "二、气象与路面监测", "三、道路通行情况", "四、措施落实情况",
                "五、值班日志摘要", "六、下一步工作")) {
            assertTrue(text.contains(chapter), chapter);
        }
    }

    @Test
    void draftOfTheOfficeIsPrintedAsEditedAndABlankPartIsLeftOut() {
        DocumentDraft draft = reports.draft(DocumentKind.DAILY_REPORT, snapshot)
                .with(DraftParts.SUMMARY, "经领导小组审定的总体情况。")
                .with(DraftParts.OUTLOOK, "  ");
        ReportDocument edited = reports.assemble(DocumentKind.DAILY_REPORT, snapshot, draft, Issuance.draft(SampleSituation.DAY));
        String editedText = Texts.all(edited);
        assertTrue(editedText.contains("经领导小组审定的总体情况。"));
        assertFalse(editedText.contains("下一步，应急办公室"), "the emptied outlook is not printed");
        assertEquals("草稿", edited.watermark());
        assertEquals("草稿（发布时编号）", edited.number());
    }
}
