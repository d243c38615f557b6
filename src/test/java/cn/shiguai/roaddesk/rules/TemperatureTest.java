package cn.shiguai.roaddesk.rules;

import static cn.shiguai.roaddesk.rules.Inputs.at;
import static cn.shiguai.roaddesk.rules.Inputs.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily mean temperature: entered, computed from the day's readings, or unknown (domain §3.3 item 5). */
class TemperatureTest {

    private static Inputs snow30() {
        return Inputs.unknownTemperature().snow("K35", at(0, 8), 30);
    }

    @Test
    void enteredMeanWinsOverTheReadings() {
        Evaluation e = snow30().mean(1.0)
                .reading(reading("K35", 6).airTempC(-10.0).build()).evaluate();
        assertEquals(ResponseLevel.IV, e.level());
        assertEquals(MeanTemperature.Source.ENTERED, e.meanTemperature().source());
        assertEquals(1.0, e.meanTemperature().displayValue());
    }

    @Test
    void enteredColdMeanOverridesWarmReadings() {
        Evaluation e = snow30().mean(-1.0).reading(reading("K35", 14).airTempC(10.0).build()).evaluate();
        assertEquals(ResponseLevel.I, e.level());
    }

    @Test
    void meanOfTheDaysReadingsAcrossLocations() {
        Evaluation e = snow30()
                .reading(reading("K35", 2).airTempC(-4.0).build())
                .reading(reading("五当召 旅游公路", 14).airTempC(1.0).build())
                .reading(reading("K35", 20).airTempC(0.0).build())
                .evaluate();
        assertEquals(MeanTemperature.Source.COMPUTED, e.meanTemperature().source());
        assertEquals(3, e.meanTemperature().readingCount());
        assertEquals(-1.0, e.meanTemperature().displayValue());
        assertEquals(ResponseLevel.I, e.level());
    }

    @Test
    void computedMeanOfExactlyZeroCountsAsAtOrBelowZero() {
        // 0.1 + 0.2 - 0.3 is 5.55e-17 in binary floating point; the plan's 0℃ 以下 must include 0.
        Evaluation e = snow30()
                .reading(reading("K35", 2).airTempC(0.1).build())
                .reading(reading("K35", 8).airTempC(0.2).build())
                .reading(reading("K35", 14).airTempC(-0.3).build())
                .evaluate();
        assertEquals(0.0, e.meanTemperature().displayValue());
        assertEquals(ResponseLevel.I, e.level());
    }

    @Test
    void computedMeanJustAboveZeroDoesNot() {
        Evaluation e = snow30()
                .reading(reading("K35", 2).airTempC(-0.1).build())
                .reading(reading("K35", 14).airTempC(0.2).build())
                .evaluate();
        assertEquals(0.05, e.meanTemperature().displayValue());
        assertEquals(ResponseLevel.IV, e.level());
    }

    @Test
    void readingsOfOtherDaysDoNotMakeTheMean() {
        Evaluation e = snow30()
                .reading(Observation.at("K35", at(1, 12)).airTempC(-20.0).build())
                .reading(Observation.at("K35", Inputs.D.plusDays(1).atTime(1, 0)).airTempC(-20.0).build())
                .evaluate();
        assertEquals(MeanTemperature.Source.UNKNOWN, e.meanTemperature().source());
    }

    @Test
    void unknownTemperatureWarnsNamingTheLevelThatWouldHold() {
        Evaluation e = Inputs.unknownTemperature().snow("K35", at(0, 8), 25).evaluate();
        assertEquals(ResponseLevel.IV, e.level(), "level IV does not need the temperature");
        assertEquals(Truth.UNKNOWN, e.result(ResponseLevel.II).holds());
        assertEquals(Truth.UNKNOWN, e.result(ResponseLevel.II).clause(ClauseKind.DAILY_MEAN_TEMP).truth());
        assertEquals(Truth.NOT_MET, e.result(ResponseLevel.I).holds());
        assertEquals(List.of(new Warning(Warning.Kind.MEAN_TEMP_UNKNOWN_LEVEL_WOULD_HOLD, ResponseLevel.II)),
                e.warnings());
        String text = new EvaluationText(cn.shiguai.roaddesk.common.i18n.Messages.chinese(), Inputs.RULES)
                .warning(e.warnings().get(0));
        assertTrue(text.contains("二级"), text);
    }

    @Test
    void unknownTemperatureDoesNotBlockTheTrafficClause() {
        Evaluation e = Inputs.unknownTemperature().traffic(12, 10, false).evaluate();
        assertEquals(ResponseLevel.II, e.level());
        assertEquals(List.of(new Warning(Warning.Kind.MEAN_TEMP_UNKNOWN, null)), e.warnings());
    }

    @Test
    void unknownTemperatureWithoutWeatherStillWarns() {
        Evaluation e = Inputs.unknownTemperature().evaluate();
        assertEquals(ResponseLevel.NONE, e.level());
        assertEquals(Warning.Kind.MEAN_TEMP_UNKNOWN, e.warnings().get(0).kind());
        assertNull(e.result(ResponseLevel.III).clause(ClauseKind.DAILY_MEAN_TEMP).evidence().value());
    }

    @Test
    void knownTemperatureGivesNoWarning() {
        assertTrue(Inputs.cold().snow("K35", at(0, 8), 25).evaluate().warnings().isEmpty());
    }
}
