package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;

    @BeforeAll
    static void copyScenarios() throws IOException {
        for (String name : new String[] {"01-heavy-snow-level-ii.json", "02-mild-no-cold-level-iv.json",
                "03-freezing-rain-level-iii.json", "04-traffic-cut-level-ii.json", "05-persistent-snow-level-iii.json",
                "06-invalid-negative-depth.json"}) {
            try (InputStream in = EvaluateCommandTest.class.getResourceAsStream("/scenarios/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    private static Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void validFilesGiveOneLineEachInOrderAndExitZero() throws IOException {
        CliRun run = CliRun.of("evaluate", file("01-heavy-snow-level-ii.json"), file("05-persistent-snow-level-iii.json"));
        assertEquals(0, run.status());
        String[] lines = run.lines();
        assertEquals(2, lines.length);
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals(file("01-heavy-snow-level-ii.json"), first.get("file").asText());
        assertEquals("II", first.get("level").asText());
        assertEquals("石府办发〔2019〕2号", first.get("ruleSet").asText());
        assertEquals(26, first.get("clauses").size(), "7 clauses for each of I–III and 5 for IV");
        JsonNode snowII = find(first, "II", "SNOW_DEPTH");
        assertTrue(snowII.get("met").asBoolean());
        assertEquals(23.5, snowII.get("value").asDouble());
        assertEquals(20.0, snowII.get("threshold").asDouble());
        assertEquals("石拐 主干道 K35", snowII.get("location").asText());
        assertEquals("2026-02-03T08:00", snowII.get("time").asText());
        assertEquals("III", JSON.readTree(lines[1]).get("level").asText());
    }

    @Test
    void unknownClausesCarryNullMet() throws IOException {
        JsonNode line = JSON.readTree(CliRun.of("evaluate", file("04-traffic-cut-level-ii.json")).lines()[0]);
        assertTrue(find(line, "I", "SNOW_DEPTH").get("met").isNull());
        assertTrue(find(line, "II", "TRAFFIC_CUT").get("met").asBoolean());
    }

    @Test
    void mixedFilesStillEvaluateTheValidOnesAndExitTwo() throws IOException {
        CliRun run = CliRun.of("evaluate", file("06-invalid-negative-depth.json"), file("03-freezing-rain-level-iii.json"));
        assertEquals(2, run.status());
        JsonNode error = JSON.readTree(run.lines()[0]);
        assertFalse(error.has("level"));
        String sentence = error.get("error").asText();
        assertTrue(sentence.contains("06-invalid-negative-depth.json") && sentence.contains("observations[0].snowDepthCm")
                && sentence.contains("-3"), sentence);
        assertEquals("III", JSON.readTree(run.lines()[1]).get("level").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON|{\"date\": \"2026-01-20\",|date",
            "missing date|{\"observations\": []}|date",
            "bad date|{\"date\": \"2026-02-30\"}|date",
            "missing location|{\"date\": \"2026-01-20\", \"observations\": [{\"time\": \"2026-01-20T08:00\"}]}|observations[0].location",
            "missing time|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\"}]}|observations[0].time",
            "text for number|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"snowDepthCm\": \"12\"}]}|observations[0].snowDepthCm",
            "snow above 300|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"snowDepthCm\": 300.1}]}|observations[0].snowDepthCm",
            "ice above 30|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"roadIceThicknessCm\": 31}]}|observations[0].roadIceThicknessCm",
            "negative accretion|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"accretionDiameterMm\": -1}]}|observations[0].accretionDiameterMm",
            "too cold|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"airTempC\": -60.5}]}|observations[0].airTempC",
            "mean too hot|{\"date\": \"2026-01-20\", \"dailyMeanTempC\": 50.1}|dailyMeanTempC",
            "infinity|{\"date\": \"2026-01-20\", \"dailyMeanTempC\": 1e999}|dailyMeanTempC",
            "NaN|{\"date\": \"2026-01-20\", \"dailyMeanTempC\": NaN}|dailyMeanTempC",
            "not JSON at all|积雪很深|-",
            "unknown phenomenon|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"2026-01-20T08:00\", \"freezingPhenomenon\": \"HAIL\"}]}|observations[0].freezingPhenomenon",
            "negative cut|{\"date\": \"2026-01-20\", \"traffic\": {\"cutHours\": -1}}|traffic.cutHours",
            "cut above 720|{\"date\": \"2026-01-20\", \"traffic\": {\"cutHours\": 721}}|traffic.cutHours",
            "queue above 300|{\"date\": \"2026-01-20\", \"traffic\": {\"queueKm\": 301}}|traffic.queueKm",
            "boolean as text|{\"date\": \"2026-01-20\", \"traffic\": {\"interruptionLikely\": \"yes\"}}|traffic.interruptionLikely",
            "observations not array|{\"date\": \"2026-01-20\", \"observations\": {}}|observations",
            "bad time|{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", \"time\": \"08:00\"}]}|observations[0].time"})
    void invalidInputIsAnErrorLineNamingTheField(String what, String json, String field) throws IOException {
        Path bad = write("bad-" + what.replace(' ', '-') + ".json", json);
        CliRun run = CliRun.of("evaluate", bad.toString());
        assertEquals(2, run.status(), run.out());
        JsonNode line = JSON.readTree(run.lines()[0]);
        String sentence = line.get("error").asText();
        assertTrue(sentence.startsWith(bad.toString()), sentence);
        assertTrue(sentence.contains("字段 " + field + "："), sentence);
        assertFalse(line.has("level"));
    }

    @Test
    void acceptedBoundsAreInclusive() throws IOException {
        Path edge = write("edge.json", "{\"date\": \"2026-01-20\", \"dailyMeanTempC\": -60, \"observations\": [{\"location\": "
                + "\"K8\", \"time\": \"2026-01-20T08:00\", \"snowDepthCm\": 300, \"roadIceThicknessCm\": 30, "
                + "\"accretionDiameterMm\": 300, \"airTempC\": 50}], \"traffic\": {\"cutHours\": 720, \"queueKm\": 300}}");
        CliRun run = CliRun.of("evaluate", edge.toString());
        assertEquals(0, run.status(), run.out());
        assertEquals("I", JSON.readTree(run.lines()[0]).get("level").asText());
    }

    @Test
    void anUnreadableFileIsAnErrorLine() throws IOException {
        CliRun run = CliRun.of("evaluate", dir.resolve("does-not-exist.json").toString(), file("04-traffic-cut-level-ii.json"));
        assertEquals(2, run.status());
        assertTrue(JSON.readTree(run.lines()[0]).get("error").asText().contains("does-not-exist.json"));
        assertEquals("II", JSON.readTree(run.lines()[1]).get("level").asText());
    }

    @Test
    void unknownFieldsAreWarnedNotSilentlyDropped() throws IOException {
        Path typo = write("typo.json", "{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", "
                + "\"time\": \"2026-01-20T08:00\", \"snowDepth\": 40}]}");
        CliRun run = CliRun.of("evaluate", typo.toString());
        JsonNode line = JSON.readTree(run.lines()[0]);
        assertEquals("NONE", line.get("level").asText());
        assertTrue(line.get("warnings").toString().contains("observations[0].snowDepth"), line.toString());
    }

    @Test
    void unknownTemperatureProducesAWarningSentence() throws IOException {
        Path warm = write("unknown-temp.json", "{\"date\": \"2026-01-20\", \"observations\": [{\"location\": \"K8\", "
                + "\"time\": \"2026-01-20T08:00\", \"snowDepthCm\": 25}]}");
        JsonNode line = JSON.readTree(CliRun.of("evaluate", warm.toString()).lines()[0]);
        assertEquals("IV", line.get("level").asText());
        assertTrue(line.get("warnings").get(0).asText().contains("二级"), line.toString());
        JsonNode en = JSON.readTree(CliRun.of("--lang", "en", "evaluate", warm.toString()).lines()[0]);
        assertTrue(en.get("warnings").get(0).asText().contains("Level II"), en.toString());
    }

    @Test
    void standardInputIsReadForDash() throws IOException {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("04-traffic-cut-level-ii.json"))));
            CliRun run = CliRun.of("evaluate", "-");
            assertEquals(0, run.status());
            JsonNode line = JSON.readTree(run.lines()[0]);
            assertEquals("-", line.get("file").asText());
            assertEquals("II", line.get("level").asText());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void anotherRuleSetFileCanBeGiven() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/rulesets/shifubanfa-2019-2.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path rules = write("rules-2027.json", text.replace("\"name\": \"石府办发〔2019〕2号\"", "\"name\": \"试行 2027\"")
                .replace("\"cutHours\": { \"word\": \"以上\", \"value\": 12,", "\"cutHours\": { \"word\": \"以上\", \"value\": 14,"));
        JsonNode line = JSON.readTree(CliRun.of("evaluate", "--rule-set", rules.toString(),
                file("04-traffic-cut-level-ii.json")).lines()[0]);
        assertEquals("试行 2027", line.get("ruleSet").asText());
        assertEquals("III", line.get("level").asText());
    }

    @Test
    void aBrokenRuleSetIsAClearErrorAndExitTwo() throws IOException {
        Path rules = write("broken-rules.json", "{\"name\": \"x\"}");
        CliRun run = CliRun.of("evaluate", "--rule-set", rules.toString(), file("04-traffic-cut-level-ii.json"));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("broken-rules.json"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("evaluate"), run.out());
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("evaluate");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    private static JsonNode find(JsonNode line, String level, String clause) {
        for (JsonNode c : line.get("clauses")) {
            if (c.get("level").asText().equals(level) && c.get("clause").asText().equals(clause)) {
                return c;
            }
        }
        throw new AssertionError("no clause " + level + " " + clause + " in " + line);
    }
}
