package cn.shiguai.roaddesk.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Rosters;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureCatalogueTest {
    private static final Roster ROSTER = Rosters.of2019();
    private static final MeasureCatalogue CATALOGUE = new MeasureCatalogueLoader(ROSTER).loadDefault();

    static Stream<Measure> measures() {
        return CATALOGUE.measures().stream();
    }

    static Stream<StandingTask> standingTasks() {
        return CATALOGUE.standingTasks().stream();
    }

    static Stream<CatalogueItem> items() {
        return CATALOGUE.allItems().stream();
    }

    @Test
    void theCatalogueIsThatOfThePlanOf2019() {
        assertEquals("石府办发〔2019〕2号", CATALOGUE.name());
        assertEquals(1, CATALOGUE.version());
        assertEquals(37, CATALOGUE.measures().size());
    }

    @ParameterizedTest(name = "level {0}: {1} measures")
    @CsvSource({"I,14", "II,12", "III,7", "IV,4", "NONE,0"})
    void eachLevelHasAsManyMeasuresAsThePlan(ResponseLevel level, int count) {
        List<Measure> measures = CATALOGUE.measuresOf(level);
        assertEquals(count, measures.size());
        for (int i = 0; i < measures.size(); i++) {
            assertEquals(i + 1, measures.get(i).number());
            assertEquals(level.code() + "." + (i + 1), measures.get(i).id());
        }
    }

    /**
     * The strongest form of "verbatim": the numbered items, joined, give back the plan's list
     * for that level character for character (whitespace from page splits aside). Nothing
     * added, nothing dropped, punctuation as printed.
     */
    @ParameterizedTest(name = "§八 list of level {0}")
    @CsvSource({"I,一", "II,二", "III,三", "IV,四"})
    void theMeasuresOfALevelRebuildThePlansListExactly(ResponseLevel level, String numeral) {
        String rebuilt = CATALOGUE.measuresOf(level).stream()
                .map(m -> m.number() + "." + m.text())
                .collect(Collectors.joining());
        assertEquals(PlanText.measuresSection(numeral), rebuilt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void everyTextOccursVerbatimInThePlan(CatalogueItem item) {
        assertEquals(item.text(), item.text().strip());
        assertFalse(item.text().matches("(?s).*\\s.*"), "the plan's measures and tasks carry no spaces: " + item.id());
        assertTrue(PlanText.joined().contains(item.text()), item.id() + ": " + item.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void everyLeadAndSupportingKeyIsAPositionOfTheRoster(CatalogueItem item) {
        assertFalse(item.lead().isEmpty(), item.id());
        Stream.concat(item.lead().stream(), item.supporting().stream()).forEach(key ->
                assertTrue(CatalogueItem.ALL.equals(key) || ROSTER.position(key).isPresent(), item.id() + ": " + key));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void everyTitleIsAShortGistNotThePlanText(CatalogueItem item) {
        assertTrue(item.title().length() <= 14, item.title());
        assertNotEquals(item.text(), item.title());
    }

    /** Domain §6: who leads and who supports, row by row for level I, III and IV. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I.1 | LEADER | TRAFFIC_POLICE",
        "I.2 | ALL | ",
        "I.3 | EMERGENCY_OFFICE | ALL",
        "I.4 | TRANSPORT | ",
        "I.5 | TRANSPORT | EMERGENCY_OFFICE",
        "I.6 | TRAFFIC_POLICE | GOV_OFFICE",
        "I.7 | TRAFFIC_POLICE | POLICE",
        "I.8 | TRAFFIC_POLICE | FIRE HEALTH",
        "I.9 | TRAFFIC_POLICE | ",
        "I.10 | TRANSPORT | ",
        "I.11 | TRAFFIC_POLICE | ",
        "I.12 | GOV_OFFICE | TRAFFIC_POLICE TRANSPORT",
        "I.13 | TRAFFIC_POLICE | CIVIL_AFFAIRS HEALTH",
        "I.14 | TRAFFIC_POLICE | POLICE",
        "III.1 | ALL | TRAFFIC_POLICE",
        "III.2 | TRANSPORT | ",
        "III.3 | TRANSPORT | EMERGENCY_OFFICE",
        "III.4 | TRAFFIC_POLICE | GOV_OFFICE",
        "III.5 | TRAFFIC_POLICE | POLICE",
        "III.6 | TRAFFIC_POLICE | ",
        "III.7 | TRANSPORT | ",
        "IV.1 | ALL | TRAFFIC_POLICE",
        "IV.2 | TRANSPORT | ",
        "IV.3 | TRAFFIC_POLICE | GOV_OFFICE",
        "IV.4 | TRAFFIC_POLICE | POLICE",
        "T.REPORT_ACTIVATION | EMERGENCY_OFFICE | ",
        "T.DAILY_REPORT | EMERGENCY_OFFICE | ",
        "T.REPORT_SUPERIORS | EMERGENCY_OFFICE | ",
        "T.PUBLISH_CONTROL | TRAFFIC_POLICE | GOV_OFFICE",
        "T.PUBLIC_INFO | GOV_OFFICE | TRAFFIC_POLICE"})
    void positionsAreThoseOfDomainSix(String id, String lead, String supporting) {
        CatalogueItem item = CATALOGUE.item(id).orElseThrow();
        assertEquals(List.of(lead.split(" ")), item.lead());
        assertEquals(supporting == null ? List.of() : List.of(supporting.split(" ")), item.supporting());
    }

    @ParameterizedTest(name = "II.{0} as I.{0}")
    @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"})
    void levelTwoOwesAsLevelOneDoes(int number) {
        Measure one = CATALOGUE.item("I." + number).map(Measure.class::cast).orElseThrow();
        Measure two = CATALOGUE.item("II." + number).map(Measure.class::cast).orElseThrow();
        assertEquals(one.lead(), two.lead());
        assertEquals(one.supporting(), two.supporting());
    }

    /** Domain §6: II.3 without assembling, II.8 assembling instead of standing by the icy sections, II.11 without remote control. */
    @Test
    void levelTwoWordingDiffersFromLevelOneWhereDomainSaysItDoes() {
        String assemble = "在指定地点集结待命";
        assertTrue(text("I.3").contains(assemble));
        assertFalse(text("II.3").contains(assemble));
        assertTrue(text("II.3").endsWith("进入应急处置状态。"));

        assertTrue(text("I.8").contains("停放到结冰路段和事故多发路段附近"));
        assertFalse(text("II.8").contains("停放到结冰路段"));
        assertTrue(text("II.8").contains(assemble));

        assertTrue(text("I.11").contains("进行交通流量远端控制和调整"));
        assertFalse(text("II.11").contains("远端控制"));
        assertTrue(Wording.normalise(text("I.11")).startsWith(Wording.normalise(text("II.11")).replace("。", "")));
    }

    @Test
    void punctuationIsKeptAsThePlanPrintsIt() {
        assertTrue(text("I.4").contains("，"));
        assertTrue(text("II.4").contains(","));
        assertTrue(text("I.14").contains(","), "I.14 is printed with ASCII commas");
        assertTrue(text("IV.1").contains("，"));
        assertFalse(text("I.9").endsWith("。"), "the plan has no final full stop here");
        assertFalse(text("III.6").endsWith("。"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "T.REPORT_ACTIVATION | III IV | §六(二) | ALWAYS",
        "T.DAILY_REPORT | I II III IV | §九(一) | ALWAYS",
        "T.REPORT_SUPERIORS | I II III IV | §五 职责4 | ALWAYS",
        "T.PUBLISH_CONTROL | I II III IV | §五 职责5 | ALWAYS",
        "T.PUBLIC_INFO | I II III IV | §九(二) | TRAFFIC_CUT"})
    void standingTasksApplyAtTheirLevels(String id, String levels, String section, TaskCondition when) {
        StandingTask task = (StandingTask) CATALOGUE.item(id).orElseThrow();
        assertEquals(Stream.of(levels.split(" ")).map(ResponseLevel::fromCode).collect(Collectors.toSet()),
                task.levels());
        assertEquals(section, task.section());
        assertEquals(when, task.when());
    }

    @Test
    void theActivationReportQuotesSectionSixTwo() {
        assertEquals("达到启动三、四级响应条件的，立即向领导小组报告，并启动三、四级响应。", text("T.REPORT_ACTIVATION"));
        assertEquals(Set.of("T.REPORT_ACTIVATION", "T.DAILY_REPORT", "T.REPORT_SUPERIORS", "T.PUBLISH_CONTROL"),
                ids(CATALOGUE.standingTasksOwed(ResponseLevel.III, false)));
        assertEquals(Set.of("T.DAILY_REPORT", "T.REPORT_SUPERIORS", "T.PUBLISH_CONTROL", "T.PUBLIC_INFO"),
                ids(CATALOGUE.standingTasksOwed(ResponseLevel.I, true)));
        assertEquals(Set.of(), ids(CATALOGUE.standingTasksOwed(ResponseLevel.NONE, true)));
    }

    private static Set<String> ids(List<StandingTask> tasks) {
        return tasks.stream().map(StandingTask::id).collect(Collectors.toSet());
    }

    private static String text(String id) {
        return CATALOGUE.item(id).orElseThrow().text();
    }
}
