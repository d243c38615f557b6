package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueAxisTest {

    @ParameterizedTest
    @CsvSource({"0.7,1", "1,1", "1.3,2", "3,5", "7,10", "0.03,0.05", "45,50"})
    void stepsAreOneTwoOrFiveTimesAPowerOfTen(double rough, double expected) {
        assertEquals(expected, ValueAxis.roundStep(rough), 1e-12);
    }

    @Test
    void snowDepthIsShownFromZeroUpToTheHighestThreshold() {
        ValueAxis axis = ValueAxis.covering(12.5, 30);
        assertEquals(0, axis.low());
        assertTrue(axis.high() >= 30);
        assertEquals(List.of("0", "10", "20", "30"), axis.ticks().stream().map(axis::label).toList());
    }

    @Test
    void temperaturesBelowZeroGetNegativeTicksWithAnAsciiMinus() {
        ValueAxis axis = ValueAxis.covering(-11.5, 0);
        assertTrue(axis.low() <= -11.5);
        assertEquals(0, axis.high());
        assertTrue(axis.ticks().stream().map(axis::label).anyMatch(label -> label.equals("-5")));
    }

    @Test
    void smallStepsGetDecimals() {
        ValueAxis axis = ValueAxis.covering(0.2, 0.9);
        assertEquals("0.2", axis.label(0.2));
    }

    @Test
    void aFlatOrEmptySeriesStillGetsARange() {
        ValueAxis flat = ValueAxis.covering(5, 5);
        assertTrue(flat.low() < 5 && flat.high() > 5);
        ValueAxis none = ValueAxis.covering(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertTrue(none.high() > none.low());
    }
}
