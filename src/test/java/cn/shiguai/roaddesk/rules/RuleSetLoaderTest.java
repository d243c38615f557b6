package cn.shiguai.roaddesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoaderTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();

    static String packagedRuleSetText() throws IOException {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(RuleSetLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String planText() throws IOException {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream("/plan/severe-weather-road-traffic-plan.zh.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePackagedRuleSetIsThePlanOf2019() {
        assertEquals("石府办发〔2019〕2号", RULES.name());
        assertEquals(LocalDate.of(2019, 1, 1), RULES.effectiveDate());
        assertEquals("Asia/Shanghai", RULES.zone().getId());
        assertEquals(3, RULES.persistentSnowDays());
    }

    /** Domain §3.2, row by row. */
    @ParameterizedTest(name = "level {0}")
    @CsvSource({"I,30,20,3,20,24,30", "II,20,10,2,15,12,10", "III,10,5,1,10,6,5"})
    void thresholdsOfLevelsOneToThreeAreThoseOfThePlan(ResponseLevel level, double snow, double persistent,
                                                       double ice, double accretion, double cut, double queue) {
        LevelRule rule = RULES.level(level);
        Map<ClauseKind, Double> expected = Map.of(ClauseKind.SNOW_DEPTH, snow, ClauseKind.PERSISTENT_SNOW, persistent,
                ClauseKind.ICE_THICKNESS, ice, ClauseKind.FREEZING_ACCRETION, accretion,
                ClauseKind.TRAFFIC_CUT, cut, ClauseKind.STRANDED_QUEUE, queue, ClauseKind.DAILY_MEAN_TEMP, 0.0);
        expected.forEach((kind, value) -> assertEquals(value, rule.clause(kind).value(), kind.name()));
        assertEquals(NumberWord.EXCEEDS, rule.clause(ClauseKind.PERSISTENT_SNOW).word());
        assertEquals(NumberWord.AT_LEAST, rule.clause(ClauseKind.SNOW_DEPTH).word());
        assertEquals(NumberWord.AT_MOST, rule.cold().word());
        assertEquals(7, rule.allClauses().size());
    }

    @Test
    void levelFourNeedsNoTemperature() {
        LevelRule iv = RULES.level(ResponseLevel.IV);
        assertEquals(null, iv.cold());
        assertEquals(5.0, iv.clause(ClauseKind.SNOW_DEPTH).value());
        assertEquals(3.0, iv.clause(ClauseKind.PERSISTENT_SNOW).value());
        assertEquals(NumberWord.OCCURS, iv.clause(ClauseKind.FREEZING_PHENOMENON).word());
        assertEquals(NumberWord.OCCURS, iv.clause(ClauseKind.ROAD_ICING).word());
        assertEquals(NumberWord.LIKELY, iv.clause(ClauseKind.TRAFFIC_INTERRUPTION).word());
    }

    @Test
    void everyQuoteAndConditionIsVerbatimFromThePlan() throws IOException {
        String plan = planText();
        for (LevelRule rule : RULES.levelsMostSevereFirst()) {
            assertTrue(plan.contains(rule.condition()), rule.condition());
            for (Threshold t : rule.allClauses()) {
                assertTrue(plan.contains(t.quote()), t.quote());
                assertTrue(rule.condition().contains(t.quote()), t.quote() + " is not in the level's own sentence");
                if (t.value() != null) {
                    String number = t.value() % 1 == 0 ? String.valueOf(t.value().intValue()) : t.value().toString();
                    assertTrue(t.quote().contains(" " + number + " ") || t.quote().contains(" " + number + "℃"),
                            t.quote() + " does not state " + number);
                }
            }
        }
    }

    @Test
    void changingAThresholdInTheFileChangesTheAnswerWithoutRecompiling(@TempDir Path dir) throws IOException {
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, packagedRuleSetText().replace(
                "\"snowDepthCm\":         { \"word\": \"以上\", \"value\": 20,",
                "\"snowDepthCm\":         { \"word\": \"以上\", \"value\": 25,"));
        EvaluationInput input = Inputs.cold().snow("K35", Inputs.at(0, 8), 23.5).input();

        assertEquals(ResponseLevel.II, new RulesEngine(RULES).evaluate(input).level());
        assertEquals(ResponseLevel.III, new RulesEngine(new RuleSetLoader().load(edited)).evaluate(input).level());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "broken JSON|\"levels\": {|\"levels\": {{|-",
            "unknown key|\"persistentSnowCm\":    { \"word\": \"超过\", \"value\": 20|\"persistentSnow\":    { \"word\": \"超过\", \"value\": 20|levels.I.weather.persistentSnow",
            "wrong word|{ \"word\": \"超过\", \"value\": 20|{ \"word\": \"大于\", \"value\": 20|levels.I.weather.persistentSnowCm.word",
            "text for a number|\"value\": 30,|\"value\": \"30\",|levels.I.weather.snowDepthCm.value",
            "negative|\"value\": 3,  \"quote\": \"道路结冰厚度在 3|\"value\": -3,  \"quote\": \"道路结冰厚度在 3|levels.I.weather.roadIceThicknessCm.value",
            "level I below level II|\"value\": 24,|\"value\": 11,|levels.I.traffic.cutHours.value",
            "bad date|\"2019-01-01\"|\"2019-13-01\"|effectiveDate",
            "bad zone|\"Asia/Shanghai\"|\"Asia/Baotou\"|timeZone",
            "missing level|\"IV\": {|\"V\": {|levels.V"})
    void aBrokenFileIsRefusedNamingFileAndField(String what, String from, String to, String field,
                                                @TempDir Path dir) throws IOException {
        String text = packagedRuleSetText();
        assertTrue(text.contains(from), "test setup: " + from);
        Path broken = dir.resolve("broken-rules.json");
        Files.writeString(broken, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleSetLoader().load(broken));
        assertEquals(broken.toString(), e.file());
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains("broken-rules.json") && e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> new RuleSetLoader().load(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json"));
    }
}
