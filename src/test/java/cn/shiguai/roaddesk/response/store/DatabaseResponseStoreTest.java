package cn.shiguai.roaddesk.response.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.DecisionRefusedException;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Decisions through the real services into the database: what the response owes, and what the log says. */
class DatabaseResponseStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");

    @AfterEach
    void close() {
        desk.close();
    }

    private Evaluation snow(double cm) {
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道",
                DAY.atTime(8, 0).plusMinutes((long) cm)).snowDepthCm(cm).airTempC(-6.0).build()), "王海燕");
        return desk.office().situation().evaluationOf(desk.stores().readings().inputFor(DAY));
    }

    private DecisionRecord decide(Decision decision, Evaluation evaluation, String who, Capacity capacity, String reason) {
        clock.advance(Duration.ofMinutes(5));
        return desk.office().responses().decide(new DecisionRequest(decision, evaluation.level(), DAY, who, capacity,
                null, reason), clock.instant(), "王海燕");
    }

    private OwedItem owed(String itemId, String position) {
        return desk.stores().measures().owed().stream()
                .filter(i -> i.itemId().equals(itemId) && i.positionKey().equals(position)).findFirst().orElseThrow();
    }

    @Test
    void startingLevelThreeOwesItsMeasuresAndTasksToEachPosition() {
        Evaluation iii = snow(12);
        DecisionRecord started = decide(Decision.start(ResponseLevel.III), iii, "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        assertEquals(Capacity.OFFICE_DIRECTOR, started.capacity());
        List<OwedItem> owed = desk.stores().measures().owed();
        // III.1 is owed by all 8 member units; III.2–III.7 and the III/IV standing tasks by their positions.
        assertEquals(8, owed.stream().filter(i -> i.itemId().equals("III.1")).count());
        assertEquals("李新明", owed("III.2", "TRANSPORT").holder());
        assertTrue(owed.stream().anyMatch(i -> i.itemId().equals("T.REPORT_ACTIVATION")));
        assertTrue(owed.stream().allMatch(i -> i.status() == MeasureStatus.NOT_STARTED));
        LogEntry summary = desk.stores().log().concerning(LinkType.DECISION, started.id()).stream()
                .filter(e -> e.category() == LogCategory.MEASURE).findFirst().orElseThrow();
        assertTrue(summary.text().contains("III.2"), summary.text());
    }

    @Test
    void raisingToLevelTwoAddsItsMeasuresAndCarriesTheStatusOfIdenticalOnes() {
        Evaluation iii = snow(12);
        decide(Decision.start(ResponseLevel.III), iii, "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        OwedItem patrol = owed("III.2", "TRANSPORT");
        desk.office().measures().update(patrol, new MeasureBoard.StatusReport(patrol.assignmentId(), MeasureStatus.DONE,
                "李新明", null, clock.instant(), "王海燕"));

        Evaluation ii = snow(21);
        assertEquals(ResponseLevel.II, ii.level());
        DecisionRecord raised = decide(Decision.raise(ResponseLevel.III, ResponseLevel.II), ii, "张占良",
                Capacity.GROUP_LEADER, null);
        assertEquals(ResponseLevel.II, desk.stores().responses().active().orElseThrow().level());
        // II.4 has III.2's wording: it starts as done, reported by the same person.
        OwedItem carried = owed("II.4", "TRANSPORT");
        assertEquals(MeasureStatus.DONE, carried.status());
        assertEquals("李新明", carried.reportedBy());
        assertEquals(MeasureStatus.NOT_STARTED, owed("II.5", "TRANSPORT").status(), "II.5 adds 边降雪… and is new");
        assertTrue(desk.stores().measures().owed().stream().noneMatch(i -> i.itemId().startsWith("III.")));
        String summary = desk.stores().log().concerning(LinkType.DECISION, raised.id()).stream()
                .filter(e -> e.category() == LogCategory.MEASURE).findFirst().orElseThrow().text();
        assertTrue(summary.startsWith("措施随响应调整") && summary.contains("沿用原状态") && summary.contains("II.4")
                && summary.contains("关闭"), summary);
        assertTrue(desk.stores().log().verify().intact());
    }

    @Test
    void endingTheResponseLeavesNothingOwedAndKeepsTheHistory() {
        Evaluation iii = snow(12);
        decide(Decision.start(ResponseLevel.III), iii, "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        // The plan still recommends III: ending against it takes a reason.
        decide(Decision.end(ResponseLevel.III), iii, "刘雪峰", Capacity.OFFICE_DIRECTOR, "雪停，道路已恢复通行");
        assertTrue(desk.stores().responses().active().isEmpty());
        assertTrue(desk.stores().measures().owed().isEmpty());
        assertEquals(2, desk.stores().responses().decisions(10).size());
    }

    @Test
    void aDecisionAgainstARecommendationThatChangedSinceIsRefusedAndRecordsNothing() {
        Evaluation seenInTheDialog = snow(12);
        snow(21); // a reading arrives while the dialog is open: the plan now recommends II
        long before = desk.stores().log().verify().count();
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> decide(Decision.start(ResponseLevel.III), seenInTheDialog, "刘雪峰", Capacity.OFFICE_DIRECTOR,
                        null));
        assertTrue(refused.verdict().refusedFor(cn.shiguai.roaddesk.response.RefusalCode.RECOMMENDATION_CHANGED));
        assertTrue(refused.message(cn.shiguai.roaddesk.common.i18n.Messages.english()).contains("Level II"),
                refused.message(cn.shiguai.roaddesk.common.i18n.Messages.english()));
        assertTrue(desk.stores().responses().active().isEmpty());
        assertEquals(before, desk.stores().log().verify().count());
    }

    @Test
    void aRefusedDecisionRecordsNothing() {
        Evaluation ii = snow(21);
        long before = desk.stores().log().verify().count();
        assertThrows(DecisionRefusedException.class,
                () -> decide(Decision.start(ResponseLevel.II), ii, "刘雪峰", Capacity.OFFICE_DIRECTOR, null));
        assertTrue(desk.stores().responses().active().isEmpty());
        assertEquals(before, desk.stores().log().verify().count());
    }
}
