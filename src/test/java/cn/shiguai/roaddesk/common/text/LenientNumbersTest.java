package cn.shiguai.roaddesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientNumbersTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"12,12", "12.5,12.5", "'  7 ',7", "-3,-3", "+2,2", ".5,0.5", "１２．５,12.5", "－８,-8", "23。5,23.5",
            "'１ ２',12"})
    void readsWhatWasMeant(String typed, double expected) {
        assertEquals(expected, LenientNumbers.parse(typed).orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"abc", "12cm", "1,5", "1e3", "NaN", "Infinity", "--3", "", "  ", "12.5.1"})
    void refusesAnythingElse(String typed) {
        assertTrue(LenientNumbers.parse(typed).isEmpty(), typed);
    }
}
