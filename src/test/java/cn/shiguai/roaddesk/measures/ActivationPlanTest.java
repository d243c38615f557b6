package cn.shiguai.roaddesk.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Rosters;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationPlanTest {
    static final Roster ROSTER = Rosters.of2019();
    static final MeasureCatalogue CATALOGUE = new MeasureCatalogueLoader(ROSTER).loadDefault();

    static ActivationPlan plan(ResponseLevel level, boolean trafficCut) {
        return ActivationPlan.of(CATALOGUE, ROSTER, level, trafficCut);
    }

    /**
     * Counts worked out by hand from domain §6 (see the comment above each row): ALL is the 8
     * member units (the office is not one), and a position gets one share per item.
     */
    @ParameterizedTest(name = "level {0}, traffic cut {1}: {2} measures, {3} tasks, {4} assignments")
    @CsvSource({
        // I: I.1 2, I.2 8, I.3 9, I.4 1, I.5 2, I.6 2, I.7 2, I.8 3, I.9 1, I.10 1, I.11 1, I.12 3, I.13 3, I.14 2 = 40; tasks 1+1+2 = 4
        "I,false,14,3,44",
        // plus §九(二): GOV_OFFICE and TRAFFIC_POLICE
        "I,true,14,4,46",
        // II: as I.1–I.12 = 35; tasks 4
        "II,false,12,3,39",
        // III: III.1 8 (TRAFFIC_POLICE leads as a member unit), 1, 2, 2, 2, 1, 1 = 17; tasks 1+1+1+2 = 5
        "III,false,7,4,22",
        "III,true,7,5,24",
        // IV: IV.1 8, 1, 2, 2 = 13; tasks 5
        "IV,false,4,4,18",
        "NONE,true,0,0,0"})
    void anActivationOwesTheLevelsMeasuresAndTasks(ResponseLevel level, boolean cut, int measures, int tasks,
                                                    int assignments) {
        ActivationPlan plan = plan(level, cut);
        assertEquals(measures, plan.measures().size());
        assertEquals(tasks, plan.standingTasks().size());
        assertEquals(assignments, plan.assignments().size());
        assertEquals(plan.assignments().size(), plan.assignments().stream().map(Assignment::key).distinct().count(),
                "one share per position per item");
    }

    @Test
    void allMeansEveryMemberUnitAndNotTheOffice() {
        List<Assignment> i2 = plan(ResponseLevel.I, false).assignments().stream()
                .filter(a -> a.item().id().equals("I.2")).toList();
        assertEquals(List.of("LEADER", "GOV_OFFICE", "TRANSPORT", "TRAFFIC_POLICE", "FIRE", "CIVIL_AFFAIRS", "HEALTH",
                "POLICE"), i2.stream().map(Assignment::positionKey).toList());
        assertTrue(i2.stream().allMatch(a -> a.share() == Share.LEAD));
    }

    @Test
    void theOfficeLeadsLevelOneItemThreeAndEveryMemberUnitSupports() {
        List<Assignment> i3 = plan(ResponseLevel.I, false).assignments().stream()
                .filter(a -> a.item().id().equals("I.3")).toList();
        assertEquals(9, i3.size());
        assertEquals(new Assignment(CATALOGUE.item("I.3").orElseThrow(), "EMERGENCY_OFFICE", Share.LEAD), i3.get(0));
        assertEquals(8, i3.stream().filter(a -> a.share() == Share.SUPPORTING).count());
    }

    @Test
    void aPositionNamedBothByAllAndAsSupportLeads() {
        Map<String, Share> iii1 = plan(ResponseLevel.III, false).assignments().stream()
                .filter(a -> a.item().id().equals("III.1"))
                .collect(Collectors.toMap(Assignment::positionKey, Assignment::share));
        assertEquals(8, iii1.size());
        assertEquals(Share.LEAD, iii1.get("TRAFFIC_POLICE"));
    }

    @Test
    void tasksForATrafficCutAreOwedOnlyWhileTrafficIsCut() {
        assertFalse(itemIds(plan(ResponseLevel.IV, false)).contains("T.PUBLIC_INFO"));
        assertTrue(itemIds(plan(ResponseLevel.IV, true)).contains("T.PUBLIC_INFO"));
    }

    @Test
    void theReportToTheGroupIsOwedOnlyWhenTheOfficeStartsTheResponse() {
        assertTrue(itemIds(plan(ResponseLevel.III, false)).contains("T.REPORT_ACTIVATION"));
        assertTrue(itemIds(plan(ResponseLevel.IV, false)).contains("T.REPORT_ACTIVATION"));
        assertFalse(itemIds(plan(ResponseLevel.II, false)).contains("T.REPORT_ACTIVATION"));
    }

    @Test
    void byPositionFollowsTheRosterOrderAndListsTheCatalogueOrder() {
        Map<String, List<Assignment>> byPosition = plan(ResponseLevel.III, true).byPosition(ROSTER);
        assertEquals(List.of("LEADER", "GOV_OFFICE", "TRANSPORT", "TRAFFIC_POLICE", "FIRE", "CIVIL_AFFAIRS", "HEALTH",
                "POLICE", "EMERGENCY_OFFICE"), List.copyOf(byPosition.keySet()));
        assertEquals(List.of("III.1", "III.2", "III.3", "III.7"),
                byPosition.get("TRANSPORT").stream().map(a -> a.item().id()).toList());
        assertEquals(List.of("III.3", "T.REPORT_ACTIVATION", "T.DAILY_REPORT", "T.REPORT_SUPERIORS"),
                byPosition.get("EMERGENCY_OFFICE").stream().map(a -> a.item().id()).toList());
        assertEquals(Share.SUPPORTING, byPosition.get("EMERGENCY_OFFICE").get(0).share());
        assertEquals(List.of("III.1", "III.4", "III.5", "III.6", "T.PUBLISH_CONTROL", "T.PUBLIC_INFO"),
                plan(ResponseLevel.III, true).owedBy("TRAFFIC_POLICE").stream().map(a -> a.item().id()).toList());
    }

    @Test
    void noResponseOwesNothing() {
        assertEquals(ActivationPlan.none(), plan(ResponseLevel.NONE, false));
        assertTrue(plan(ResponseLevel.NONE, false).byPosition(ROSTER).isEmpty());
    }

    static Set<String> itemIds(ActivationPlan plan) {
        return plan.items().stream().map(CatalogueItem::id).collect(Collectors.toSet());
    }
}
