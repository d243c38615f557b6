package cn.shiguai.roaddesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shiguai.roaddesk.cli.ScenarioException;
import cn.shiguai.roaddesk.cli.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of ../shared/scenarios (copied to test resources so a clean clone has them). */
class ScenarioExamplesTest {
    private final ScenarioReader reader = new ScenarioReader(Inputs.RULES.zone());

    static byte[] scenario(String name) throws IOException {
        try (InputStream in = ScenarioExamplesTest.class.getResourceAsStream("/scenarios/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"01-heavy-snow-level-ii.json,II", "02-mild-no-cold-level-iv.json,IV",
            "03-freezing-rain-level-iii.json,III", "04-traffic-cut-level-ii.json,II",
            "05-persistent-snow-level-iii.json,III"})
    void eachExampleGivesItsLevel(String file, ResponseLevel expected) throws Exception {
        Evaluation e = Inputs.ENGINE.evaluate(reader.read(scenario(file)).input());
        assertEquals(expected, e.level());
    }

    @Test
    void theMildExampleFailsLevelThreeOnTemperatureAlone() throws Exception {
        Evaluation e = Inputs.ENGINE.evaluate(reader.read(scenario("02-mild-no-cold-level-iv.json")).input());
        LevelResult iii = e.result(ResponseLevel.III);
        assertEquals(Truth.MET, iii.clause(ClauseKind.SNOW_DEPTH).truth());
        assertEquals(Truth.NOT_MET, iii.cold());
        assertEquals(3.0, e.meanTemperature().displayValue());
    }

    @Test
    void theInvalidExampleIsRejectedNamingTheField() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> reader.read(scenario("06-invalid-negative-depth.json")));
        assertEquals("observations[0].snowDepthCm", e.field());
    }
}
