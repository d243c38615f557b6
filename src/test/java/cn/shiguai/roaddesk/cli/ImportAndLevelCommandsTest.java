package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} then {@code level} give what {@code evaluate} gives on the same data. */
class ImportAndLevelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The packaged sample station file as an evaluate scenario: the same readings, the same day. */
    private static final String SAME_AS_SCENARIO = """
            {"date": "2026-01-20", "dailyMeanTempC": -7.0, "observations": [
              {"location": "白狐沟 K8", "time": "2026-01-18T08:00", "snowDepthCm": 7.0, "airTempC": -9.5},
              {"location": "白狐沟 K8", "time": "2026-01-19T08:00", "snowDepthCm": 6.5, "airTempC": -8.0},
              {"location": "白狐沟 K8", "time": "2026-01-20T08:00", "snowDepthCm": 8.0, "roadIceThicknessCm": 0,
               "roadIcing": false, "freezingPhenomenon": "NONE", "accretionDiameterMm": 0, "airTempC": -7.5},
              {"location": "大发街道 坡道，北侧", "time": "2026-01-20T06:00", "roadIceThicknessCm": 0.2,
               "roadIcing": true, "freezingPhenomenon": "FREEZING_RAIN", "accretionDiameterMm": 3, "airTempC": -2.0},
              {"location": "固阳县 G210 K5", "time": "2026-01-20T08:00", "snowDepthCm": 25, "airTempC": -12,
               "area": "NEIGHBOUR"}]}
            """;

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private static ObjectNode withoutFile(String line) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        node.remove("file");
        return node;
    }

    @Test
    void importThenLevelGivesWhatEvaluateGives() throws IOException {
        CliRun imported = run("import", sample("station-readings.csv").toString());
        assertEquals(0, imported.status(), imported.out() + imported.err());
        assertEquals("station-readings.csv：已导入，新增读数 5 条，重复略过 0 条，更正 0 条，日平均气温 1 条", imported.out().strip());

        CliRun level = run("level", "--date", "2026-01-20");
        assertEquals(0, level.status(), level.err());
        Path scenario = Files.writeString(dir.resolve("same.json"), SAME_AS_SCENARIO, StandardCharsets.UTF_8);
        CliRun evaluated = CliRun.of("evaluate", scenario.toString());
        assertEquals(0, evaluated.status(), evaluated.out());

        JsonNode fromStore = withoutFile(level.out().strip());
        assertEquals(withoutFile(evaluated.out().strip()).get("level"), fromStore.get("level"));
        assertEquals("III", fromStore.get("level").asText(), level.out());
        assertEquals(withoutFile(evaluated.out().strip()), fromStore, "the same line, clause by clause");
        assertEquals(dir.resolve("data").toString(), JSON.readTree(level.out()).get("file").asText());
    }

    @Test
    void theGb18030SampleIsTheSameData() throws IOException {
        assertEquals(0, run("import", sample("station-readings.csv").toString()).status());
        CliRun again = run("import", sample("station-readings-gb18030.csv").toString());
        assertEquals(0, again.status(), again.out());
        assertEquals("station-readings-gb18030.csv：已导入，新增读数 0 条，重复略过 5 条，更正 0 条，日平均气温 0 条",
                again.out().strip());
    }

    @Test
    void aRefusedFileExitsTwoWithItsReportAndTheOthersAreStillImported() throws IOException {
        CliRun run = run("--lang", "en", "import", sample("station-readings-bad.csv").toString(),
                dir.resolve("missing.csv").toString(), sample("station-readings.csv").toString());
        assertEquals(2, run.status(), run.out());
        String[] lines = run.lines();
        assertEquals("station-readings-bad.csv: the file was not imported; 5 problems:", lines[0]);
        assertEquals("  line 3, column snow_depth_cm, value \"八\": Must be a number in 0–300 cm", lines[1]);
        assertTrue(run.out().contains("line 4, column road_ice_thickness_cm, value \"0.5\""), run.out());
        assertTrue(run.out().contains("line 5, column location, value \"\""), run.out());
        assertTrue(run.out().contains("line 6, column area, value \"elsewhere\""), run.out());
        assertTrue(run.out().contains("missing.csv: the file cannot be read"), run.out());
        assertTrue(run.out().contains("station-readings.csv: imported; 5 new readings"), run.out());
        assertEquals("III", JSON.readTree(run("level", "--date", "2026-01-20").out()).get("level").asText());
    }

    @Test
    void levelRefusesABadDateAndEvaluatesTodayByDefault() throws IOException {
        CliRun bad = run("level", "--date", "2026-13-01");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("2026-13-01"), bad.err());
        CliRun today = run("level");
        assertEquals(0, today.status(), today.err());
        assertEquals("NONE", JSON.readTree(today.out().strip()).path("level").asText(), today.out());
    }

    @Test
    void evaluateChecksAreaAndNeverCountsANeighbour() throws IOException {
        Path neighbour = Files.writeString(dir.resolve("n.json"), "{\"date\": \"2026-01-20\", \"observations\": "
                + "[{\"location\": \"固阳县 G210 K5\", \"time\": \"2026-01-20T08:00\", \"snowDepthCm\": 40, "
                + "\"area\": \"NEIGHBOUR\"}]}");
        JsonNode line = JSON.readTree(CliRun.of("evaluate", neighbour.toString()).out());
        assertEquals("NONE", line.get("level").asText());
        assertFalse(line.get("warnings").toString().contains("area"), "area is a field of the contract");

        Path wrong = Files.writeString(dir.resolve("w.json"), "{\"date\": \"2026-01-20\", \"observations\": "
                + "[{\"location\": \"K5\", \"time\": \"2026-01-20T08:00\", \"snowDepthCm\": 4, \"area\": \"neighbor\"}]}");
        CliRun refused = CliRun.of("evaluate", wrong.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.out().contains("observations[0].area"), refused.out());
    }
}
