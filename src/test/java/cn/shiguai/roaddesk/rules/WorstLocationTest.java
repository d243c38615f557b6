package cn.shiguai.roaddesk.rules;

import static cn.shiguai.roaddesk.rules.Inputs.at;
import static cn.shiguai.roaddesk.rules.Inputs.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Weather clauses are checked per location; the worst point decides (domain §3.3 decision 3). */
class WorstLocationTest {

    @Test
    void theDeepestSnowOfTheDayDecidesAndIsNamed() {
        Evaluation e = Inputs.cold()
                .snow("喜桂图新区 环城路", at(0, 8), 17)
                .snow("石拐 主干道 K35", at(0, 9), 23.5)
                .snow("石拐 主干道 K35", at(0, 15), 12)
                .evaluate();
        ClauseResult c = e.result(ResponseLevel.II).clause(ClauseKind.SNOW_DEPTH);
        assertEquals(23.5, c.evidence().value());
        assertEquals("石拐 主干道 K35", c.evidence().location());
        assertEquals(at(0, 9), c.evidence().time());
        assertEquals(ResponseLevel.II, e.level());
    }

    @Test
    void earlierDaysDoNotCountForSnowDepth() {
        Evaluation e = Inputs.cold().snow("K35", at(1, 8), 40).snow("K35", at(0, 8), 6).evaluate();
        assertEquals(ResponseLevel.IV, e.level());
    }

    @Test
    void iceReportedWithoutThicknessIsUnknownForTheThicknessClausesButMeetsLevelFour() {
        Evaluation e = Inputs.cold().reading(reading("K35", 8).roadIcing(true).build()).evaluate();
        assertEquals(ResponseLevel.IV, e.level());
        assertEquals(Truth.UNKNOWN, e.result(ResponseLevel.III).clause(ClauseKind.ICE_THICKNESS).truth());
        assertEquals(Truth.MET, e.result(ResponseLevel.IV).clause(ClauseKind.ROAD_ICING).truth());
    }

    @Test
    void reportedAbsenceIsNotMetRatherThanUnknown() {
        Evaluation e = Inputs.cold().reading(reading("K35", 8).roadIcing(false)
                .freezing(FreezingPhenomenon.NONE).snowDepthCm(0.0).build()).evaluate();
        assertEquals(ResponseLevel.NONE, e.level());
        assertEquals(Truth.NOT_MET, e.result(ResponseLevel.IV).clause(ClauseKind.ROAD_ICING).truth());
        assertEquals(Truth.NOT_MET, e.result(ResponseLevel.IV).clause(ClauseKind.FREEZING_PHENOMENON).truth());
        assertEquals(Truth.NOT_MET, e.result(ResponseLevel.III).clause(ClauseKind.ICE_THICKNESS).truth());
    }

    @Test
    void anAccretionDiameterAloneMeansAFreezingPhenomenon() {
        Evaluation e = Inputs.cold().reading(reading("K35", 8).accretionDiameterMm(12.0).build()).evaluate();
        assertEquals(ResponseLevel.III, e.level());
    }

    @Test
    void nothingMeasuredIsUnknownAndNoResponse() {
        Evaluation e = Inputs.cold().evaluate();
        assertEquals(ResponseLevel.NONE, e.level());
        assertEquals(Truth.UNKNOWN, e.result(ResponseLevel.I).clause(ClauseKind.SNOW_DEPTH).truth());
        assertNull(e.result(ResponseLevel.I).clause(ClauseKind.SNOW_DEPTH).evidence().value());
    }

    @Test
    void trafficClausesComeFromOneRoad() {
        Evaluation e = new RulesEngine(Inputs.RULES).evaluate(new EvaluationInput(Inputs.D, -5.0, java.util.List.of(),
                java.util.List.of(new TrafficReport("A", at(0, 8), 13, 2, false),
                        new TrafficReport("B", at(0, 9), 1, 11, false))));
        assertEquals(ResponseLevel.IV, e.level(), "13 h on road A and 11 km on road B are two events");
        e = new RulesEngine(Inputs.RULES).evaluate(new EvaluationInput(Inputs.D, -5.0, java.util.List.of(),
                java.util.List.of(new TrafficReport("A", at(0, 8), 2, 1, false),
                        new TrafficReport("B", at(0, 9), 13, 11, false))));
        assertEquals(ResponseLevel.II, e.level());
        assertEquals("B", e.result(ResponseLevel.II).clause(ClauseKind.TRAFFIC_CUT).evidence().location());
    }

    @Test
    void theGapToTheNextLevelNamesTheWorstReading() {
        Evaluation e = Inputs.cold().snow("喜桂图新区 环城路", at(0, 8), 17).evaluate();
        assertEquals(ResponseLevel.III, e.level());
        assertEquals(ResponseLevel.II, e.next().level());
        String zh = new EvaluationText(Messages.chinese(), Inputs.RULES).nextLevelSummary(e);
        assertTrue(zh.startsWith("二级需积雪深度 ≥ 20 厘米；目前最大 17 厘米（喜桂图新区 环城路"), zh);
        String en = new EvaluationText(Messages.english(), Inputs.RULES).nextLevelSummary(e);
        assertTrue(en.startsWith("Level II needs Snow depth ≥ 20 cm; worst now 17 cm (喜桂图新区 环城路"), en);
    }

    @Test
    void whenOnlyTheTemperatureIsMissingTheGapSaysSo() {
        Evaluation e = Inputs.cold().mean(3.0).snow("五当召 旅游公路", at(0, 8), 12).evaluate();
        assertEquals(ResponseLevel.IV, e.level());
        String zh = new EvaluationText(Messages.chinese(), Inputs.RULES).nextLevelSummary(e);
        assertTrue(zh.contains("日平均气温 ≤ 0 ℃") && zh.contains("目前 3 ℃"), zh);
    }
}
