package cn.shiguai.roaddesk.measures;

import static cn.shiguai.roaddesk.measures.ActivationPlanTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangeTest {
    private static final ActivationPlan III = plan(ResponseLevel.III, false);
    private static final ActivationPlan II = plan(ResponseLevel.II, false);

    /** The state of a level III response when the group raises it to II. */
    private static final Map<AssignmentKey, MeasureStatus> STATUS_AT_III = Map.of(
            new AssignmentKey("III.2", "TRANSPORT"), MeasureStatus.IN_PROGRESS,
            new AssignmentKey("III.6", "TRAFFIC_POLICE"), MeasureStatus.DONE,
            new AssignmentKey("III.3", "TRANSPORT"), MeasureStatus.DONE,
            new AssignmentKey("T.DAILY_REPORT", "EMERGENCY_OFFICE"), MeasureStatus.IN_PROGRESS,
            new AssignmentKey("T.REPORT_ACTIVATION", "EMERGENCY_OFFICE"), MeasureStatus.DONE);

    /**
     * III.2 and II.4 are the same sentence (交通部门加强对道路、线路和重点地段的巡查维护,及时排除险情。), as are
     * III.6 and II.9; III.3 (协调交通、道路养护等单位及时铲冰除雪。) is not II.5, which adds 边降雪、边撒盐…
     * Only identical sentences carry their status.
     */
    @Test
    void raisingThreeToTwoCarriesOnlyIdenticalSentences() {
        PlanChange change = PlanChange.between(III, STATUS_AT_III, II);
        Map<AssignmentKey, MeasureStatus> opening = change.openingStatuses();
        assertEquals(MeasureStatus.IN_PROGRESS, opening.get(new AssignmentKey("II.4", "TRANSPORT")));
        assertEquals(MeasureStatus.DONE, opening.get(new AssignmentKey("II.9", "TRAFFIC_POLICE")));
        assertEquals(MeasureStatus.NOT_STARTED, opening.get(new AssignmentKey("II.5", "TRANSPORT")),
                "III.3 was done, but II.5 asks for more");
        assertEquals(MeasureStatus.IN_PROGRESS, opening.get(new AssignmentKey("T.DAILY_REPORT", "EMERGENCY_OFFICE")));
        assertEquals(II.assignments().size(), opening.size());
    }

    @Test
    void raisingThreeToTwoClosesWhatIsNoLongerOwedWithItsLastStatus() {
        PlanChange change = PlanChange.between(III, STATUS_AT_III, II);
        List<String> closedItems = change.closed().stream().map(c -> c.assignment().item().id()).distinct().toList();
        assertEquals(List.of("III.1", "III.3", "III.4", "III.5", "III.7", "T.REPORT_ACTIVATION"), closedItems);
        PlanChange.Closed report = change.closed().stream()
                .filter(c -> c.assignment().item().id().equals("T.REPORT_ACTIVATION")).findFirst().orElseThrow();
        assertEquals(MeasureStatus.DONE, report.lastStatus());
        assertEquals(III.assignments().size(), change.closed().size() + change.carried().size(),
                "every old assignment is either carried or closed");
        assertEquals(II.assignments().size(), change.added().size() + change.carried().size());
    }

    @Test
    void theSummaryTellsTheDutyLogWhatWasAddedCarriedAndClosed() {
        ChangeSummary summary = PlanChange.between(III, STATUS_AT_III, II).summary();
        assertEquals(ResponseLevel.III, summary.fromLevel());
        assertEquals(ResponseLevel.II, summary.toLevel());
        assertEquals(List.of("II.1", "II.2", "II.3", "II.5", "II.6", "II.7", "II.8", "II.10", "II.11", "II.12"),
                summary.added().stream().map(CatalogueItem::id).toList());
        assertEquals(List.of("II.4←III.2", "II.9←III.6", "T.DAILY_REPORT←T.DAILY_REPORT",
                        "T.REPORT_SUPERIORS←T.REPORT_SUPERIORS", "T.PUBLISH_CONTROL←T.PUBLISH_CONTROL"),
                summary.carriedFrom().entrySet().stream().map(e -> e.getKey().id() + "←" + e.getValue().id()).toList());
        assertEquals(6, summary.closed().size());

        assertEquals("措施随响应调整（三级 → 二级）：新增 10 项（II.1、II.2、II.3、II.5、II.6、II.7、II.8、II.10、II.11、II.12）；"
                + "沿用原状态 5 项（II.4（原 III.2）、II.9（原 III.6）、每日汇总路况报领导小组、定时汇总信息报上级、对外发布管理措施和路况）；"
                + "关闭 6 项（III.1、III.3、III.4、III.5、III.7、向领导小组报告启动）。",
                summary.text(Messages.chinese()));
        String english = summary.text(Messages.english());
        assertTrue(english.startsWith("Measures follow the response (III → II): 10 added (II.1, II.2, "), english);
        assertTrue(english.contains("II.4 (was III.2)"), english);
    }

    @Test
    void loweringThreeToFourCarriesTheBridgePatrol() {
        Map<AssignmentKey, MeasureStatus> statuses = Map.of(
                new AssignmentKey("III.5", "TRAFFIC_POLICE"), MeasureStatus.IN_PROGRESS,
                new AssignmentKey("III.5", "POLICE"), MeasureStatus.CANNOT);
        PlanChange change = PlanChange.between(III, statuses, plan(ResponseLevel.IV, false));
        assertEquals(MeasureStatus.IN_PROGRESS, change.openingStatuses().get(new AssignmentKey("IV.4", "TRAFFIC_POLICE")));
        assertEquals(MeasureStatus.CANNOT, change.openingStatuses().get(new AssignmentKey("IV.4", "POLICE")));
        assertEquals(MeasureStatus.NOT_STARTED, change.openingStatuses().get(new AssignmentKey("IV.2", "TRANSPORT")),
                "IV.2 drops 及时排除险情: not the same sentence as III.2");
        assertTrue(change.summary().carriedFrom().keySet().stream().anyMatch(i -> i.id().equals("T.REPORT_ACTIVATION")));
    }

    /** I.4 is printed with a full-width comma, II.4 with an ASCII one: the same sentence. */
    @Test
    void loweringOneToTwoIgnoresTheCommaWidth() {
        Map<AssignmentKey, MeasureStatus> statuses = Map.of(new AssignmentKey("I.4", "TRANSPORT"), MeasureStatus.DONE,
                new AssignmentKey("I.1", "LEADER"), MeasureStatus.DONE);
        PlanChange change = PlanChange.between(plan(ResponseLevel.I, false), statuses, II);
        assertEquals(MeasureStatus.DONE, change.openingStatuses().get(new AssignmentKey("II.4", "TRANSPORT")));
        assertEquals(MeasureStatus.NOT_STARTED, change.openingStatuses().get(new AssignmentKey("II.1", "LEADER")),
                "进入二级响应状态 is not 进入一级响应状态");
        assertEquals(List.of("II.2", "II.4", "II.6", "II.7", "II.9", "II.10", "II.12"),
                change.summary().carriedFrom().keySet().stream().map(CatalogueItem::id)
                        .filter(id -> id.startsWith("II.")).toList());
    }

    @Test
    void aTrafficCutAtTheSameLevelAddsOnlyThePublicInformationTask() {
        PlanChange change = PlanChange.between(III, STATUS_AT_III, plan(ResponseLevel.III, true));
        assertEquals(List.of("T.PUBLIC_INFO"), change.summary().added().stream().map(CatalogueItem::id).toList());
        assertTrue(change.closed().isEmpty());
        assertEquals(MeasureStatus.DONE, change.openingStatuses().get(new AssignmentKey("III.6", "TRAFFIC_POLICE")));
        assertTrue(change.summary().text(Messages.chinese()).contains("沿用原状态 11 项（III.1、III.2、"));
    }

    @Test
    void startingAddsEverythingAndEndingClosesEverything() {
        PlanChange start = PlanChange.between(ActivationPlan.none(), Map.of(), III);
        assertEquals(III.assignments(), start.added());
        assertTrue(start.carried().isEmpty());
        assertTrue(start.summary().text(Messages.chinese()).startsWith("措施随响应调整（无 → 三级）：新增 11 项"));

        PlanChange end = PlanChange.between(III, STATUS_AT_III, ActivationPlan.none());
        assertEquals(III.assignments().size(), end.closed().size());
        assertTrue(end.openingStatuses().isEmpty());
        assertFalse(end.summary().text(Messages.chinese()).contains("!"));
        assertTrue(end.summary().text(Messages.chinese()).contains("无新增；无沿用；关闭 11 项"));
    }
}
