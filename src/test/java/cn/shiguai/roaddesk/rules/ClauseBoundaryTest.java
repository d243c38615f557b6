package cn.shiguai.roaddesk.rules;

import static cn.shiguai.roaddesk.rules.Inputs.at;
import static cn.shiguai.roaddesk.rules.Inputs.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every threshold of every level, just below, at and just above (domain §3.1: 以上/以下
 * include the number, 超过 does not). Temperature is cold (-5 ℃) unless a test varies it.
 */
class ClauseBoundaryTest {

    @ParameterizedTest(name = "snow depth {0} cm → {1}")
    @CsvSource({"4.9,NONE", "5,IV", "5.1,IV", "9.9,IV", "10,III", "10.1,III", "19.9,III", "20,II", "20.1,II",
            "29.9,II", "30,I", "30.1,I", "300,I"})
    void snowDepthAtLeast(double depth, ResponseLevel expected) {
        Evaluation e = Inputs.cold().reading(reading("K12 弯道", 8).snowDepthCm(depth).build()).evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "depth {0} cm on each of 3 days → {1}")
    @CsvSource({
            // 超过 excludes the number: exactly 3, 10, 20 each day does not meet the persistent clause,
            // though the same depth on day D may meet a snow-depth clause (以上 includes it).
            "3,NONE", "3.1,IV", "4.9,IV", "5,IV", "5.1,III", "9.9,III", "10,III", "10.1,II", "19.9,II", "20,II",
            "20.1,I"})
    void persistentSnowExceeds(double depth, ResponseLevel expected) {
        Evaluation e = Inputs.cold()
                .snow("白狐沟 K8", at(2, 8), depth)
                .snow("白狐沟 K8", at(1, 8), depth)
                .snow("白狐沟 K8", at(0, 8), depth)
                .evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "persistent clause of level {0} with {1} cm each day → {2}")
    @CsvSource({"I,20,NOT_MET", "I,20.01,MET", "II,10,NOT_MET", "II,10.01,MET", "III,5,NOT_MET", "III,5.01,MET",
            "IV,3,NOT_MET", "IV,3.01,MET"})
    void persistentClauseItself(ResponseLevel level, double depth, Truth expected) {
        Evaluation e = Inputs.cold()
                .snow("白狐沟 K8", at(2, 8), depth)
                .snow("白狐沟 K8", at(1, 8), depth)
                .snow("白狐沟 K8", at(0, 8), depth)
                .evaluate();
        assertEquals(expected, e.result(level).clause(ClauseKind.PERSISTENT_SNOW).truth());
    }

    @ParameterizedTest(name = "ice {0} cm → {1}")
    @CsvSource({"0,NONE", "0.1,IV", "0.9,IV", "1,III", "1.1,III", "1.9,III", "2,II", "2.1,II", "2.9,II", "3,I",
            "3.1,I", "30,I"})
    void iceThicknessAtLeast(double thickness, ResponseLevel expected) {
        Evaluation e = Inputs.cold().reading(reading("大发街道 坡道", 6).roadIceThicknessCm(thickness).build()).evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "{0} with accretion {1} mm → {2}")
    @CsvSource({"FREEZING_RAIN,0,IV", "GLAZE,0.5,IV", "ICE,9.9,IV", "FREEZING_RAIN,10,III", "GLAZE,10.1,III",
            "ICE,14.9,III", "FREEZING_RAIN,15,II", "GLAZE,15.1,II", "ICE,19.9,II", "FREEZING_RAIN,20,I",
            "GLAZE,20.1,I", "NONE,0,NONE"})
    void accretionAtLeast(FreezingPhenomenon phenomenon, double diameter, ResponseLevel expected) {
        Evaluation e = Inputs.cold()
                .reading(reading("大发街道 坡道", 6).freezing(phenomenon).accretionDiameterMm(diameter).build())
                .evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "cut {0} h, queue {1} km, likely {2} → {3}")
    @CsvSource({
            "0,0,false,NONE", "0,0,true,IV", "3,0,false,NONE", "0,2,false,NONE", "0.5,0.1,false,IV",
            "5.9,5,false,IV", "6,4.9,false,IV", "6,5,false,III", "6.1,5.1,false,III",
            "11.9,10,false,III", "12,9.9,false,III", "12,10,false,II", "12.1,10.1,false,II",
            "23.9,30,false,II", "24,29.9,false,II", "24,30,false,I", "24.1,30.1,false,I", "720,300,false,I"})
    void trafficNeedsBothDurationAndQueue(double cut, double queue, boolean likely, ResponseLevel expected) {
        Evaluation e = Inputs.cold().traffic(cut, queue, likely).evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "snow 30 cm with daily mean {0} ℃ → {1}")
    @CsvSource({"-0.1,I", "0,I", "0.0,I", "0.1,IV", "-60,I", "50,IV"})
    void dailyMeanAtMostZeroBindsWeatherClauses(double mean, ResponseLevel expected) {
        Evaluation e = Inputs.cold().mean(mean).snow("K35", at(0, 8), 30).evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "ice 3 cm with daily mean {0} ℃ → {1}")
    @CsvSource({"0,I", "0.1,IV"})
    void temperatureBindsEveryWeatherClauseNotOnlyTheLast(double mean, ResponseLevel expected) {
        Evaluation e = Inputs.cold().mean(mean).reading(reading("K35", 8).roadIceThicknessCm(3.0).build()).evaluate();
        assertEquals(expected, e.level());
    }

    @ParameterizedTest(name = "traffic cut 24 h / 30 km with daily mean {0} ℃ → I")
    @CsvSource({"5", "0.1", "-3"})
    void temperatureDoesNotBindTheTrafficClause(double mean) {
        assertEquals(ResponseLevel.I, Inputs.cold().mean(mean).traffic(24, 30, false).evaluate().level());
    }
}
