package cn.shiguai.roaddesk.rules;

import static cn.shiguai.roaddesk.rules.Inputs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domain §3.3 item 4: one location, the calendar days D-2, D-1, D, each day's deepest reading. */
class PersistentSnowTest {
    private static final String K8 = "白狐沟 K8";

    private static ClauseResult level3(Inputs in) {
        return in.evaluate().result(ResponseLevel.III).clause(ClauseKind.PERSISTENT_SNOW);
    }

    @Test
    void threeDaysAboveFiveCmAtOneLocationMeetLevelThree() {
        ClauseResult c = level3(Inputs.cold().snow(K8, at(2, 8), 7).snow(K8, at(1, 8), 6.5).snow(K8, at(0, 8), 8));
        assertEquals(Truth.MET, c.truth());
        assertEquals(6.5, c.evidence().value());
        assertEquals(List.of(7.0, 6.5, 8.0), c.evidence().dailyMaxima());
        assertEquals(K8, c.evidence().location());
    }

    @Test
    void aDayWithoutAReadingBreaksTheRun() {
        ClauseResult c = level3(Inputs.cold().snow(K8, at(2, 8), 9).snow(K8, at(0, 8), 9));
        assertEquals(Truth.NOT_MET, c.truth());
        assertNull(c.evidence().value());
    }

    @Test
    void exactlyAtTheThresholdOnOneDayBreaksIt() {
        ClauseResult c = level3(Inputs.cold().snow(K8, at(2, 8), 9).snow(K8, at(1, 8), 5).snow(K8, at(0, 8), 9));
        assertEquals(Truth.NOT_MET, c.truth());
        assertEquals(5.0, c.evidence().value());
    }

    @Test
    void theDeepestReadingOfEachDayCounts() {
        Inputs in = Inputs.cold()
                .snow(K8, at(2, 8), 4).snow(K8, at(2, 16), 6)
                .snow(K8, at(1, 8), 6)
                .snow(K8, at(0, 7), 2).snow(K8, at(0, 9), 7);
        assertEquals(Truth.MET, level3(in).truth());
        assertEquals(List.of(6.0, 6.0, 7.0), level3(in).evidence().dailyMaxima());
    }

    @Test
    void aRunSplitAcrossLocationsDoesNotCount() {
        ClauseResult c = level3(Inputs.cold().snow(K8, at(2, 8), 9).snow(K8, at(1, 8), 9).snow("喜桂图新区 环城路", at(0, 8), 9));
        assertEquals(Truth.NOT_MET, c.truth());
    }

    @Test
    void readingsAfterDayDAreIgnored() {
        Inputs in = Inputs.cold().snow(K8, at(1, 8), 9).snow(K8, at(0, 8), 9)
                .snow(K8, Inputs.D.plusDays(1).atTime(0, 0), 9)
                .snow(K8, Inputs.D.plusDays(1).atTime(8, 0), 40);
        assertEquals(Truth.NOT_MET, level3(in).truth());
        assertEquals(ResponseLevel.IV, in.evaluate().level(), "the 40 cm of the next day must not count");
    }

    @Test
    void readingsBeforeTheWindowDoNotFillAGap() {
        ClauseResult c = level3(Inputs.cold().snow(K8, at(3, 8), 9).snow(K8, at(1, 8), 9).snow(K8, at(0, 8), 9));
        assertEquals(Truth.NOT_MET, c.truth());
    }

    @Test
    void calendarDaysRunFromMidnightToMidnight() {
        LocalDateTime lastMinuteOfDMinus2 = Inputs.D.minusDays(2).atTime(23, 59);
        LocalDateTime firstMinuteOfD = Inputs.D.atStartOfDay();
        Inputs in = Inputs.cold().snow(K8, lastMinuteOfDMinus2, 9).snow(K8, at(1, 12), 9).snow(K8, firstMinuteOfD, 9);
        assertEquals(Truth.MET, level3(in).truth());
    }

    @Test
    void theDeepestRunOverLocationsDecides() {
        Inputs in = Inputs.cold()
                .snow(K8, at(2, 8), 6).snow(K8, at(1, 8), 6).snow(K8, at(0, 8), 6)
                .snow("五当召 旅游公路", at(2, 8), 12).snow("五当召 旅游公路", at(1, 8), 11).snow("五当召 旅游公路", at(0, 8), 13);
        Evaluation e = in.evaluate();
        ClauseResult c = e.result(ResponseLevel.II).clause(ClauseKind.PERSISTENT_SNOW);
        assertEquals(Truth.MET, c.truth());
        assertEquals("五当召 旅游公路", c.evidence().location());
        assertEquals(11.0, c.evidence().value());
        assertEquals(ResponseLevel.II, e.level());
    }

    @Test
    void noSnowReadingAtAllLeavesTheClauseUnknown() {
        assertEquals(Truth.UNKNOWN, level3(Inputs.cold()).truth());
    }
}
