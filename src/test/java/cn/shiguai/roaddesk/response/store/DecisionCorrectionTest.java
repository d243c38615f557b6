package cn.shiguai.roaddesk.response.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.store.AssignmentRepository;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionCorrection;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.DecisionRefusedException;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.RefusalCode;
import cn.shiguai.roaddesk.response.ResponseService;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A decision recorded by mistake is corrected: the record keeps both, and the measures follow. */
class DecisionCorrectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final ResponseService responses = desk.office().responses();

    @BeforeEach
    void levelThreeRecommended() {
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-6.0).build()), "王海燕");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private DecisionRecord decide(Decision decision, String who, Capacity capacity, String reason) {
        clock.advance(Duration.ofMinutes(5));
        return responses.decide(new DecisionRequest(decision, ResponseLevel.III, DAY, who, capacity, null, reason),
                clock.instant(), "王海燕");
    }

    private DecisionRecord correct(DecisionCorrection correction) {
        clock.advance(Duration.ofMinutes(5));
        return responses.correct(correction, clock.instant(), "王海燕");
    }

    private OwedItem owed(String itemId) {
        return desk.stores().measures().owed().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void aMistakenRaiseIsVoidedTheLevelComesBackAndWhatOnlyItOwedIsCancelled() {
        DecisionRecord start = decide(Decision.start(ResponseLevel.III), "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        OwedItem patrol = owed("III.2");
        desk.office().measures().update(patrol, new MeasureBoard.StatusReport(patrol.assignmentId(), MeasureStatus.DONE,
                "李新明", null, clock.instant(), "王海燕"));
        DecisionRecord mistake = decide(Decision.raise(ResponseLevel.III, ResponseLevel.II), "张占良",
                Capacity.GROUP_LEADER, "误选了二级");
        assertEquals(ResponseLevel.II, desk.stores().responses().active().orElseThrow().level());

        DecisionRecord voided = correct(new DecisionCorrection(mistake.id(), null, "张占良", Capacity.GROUP_LEADER, null,
                "录入时误选：组长未作提升决定", DAY));
        assertEquals(DecisionKind.VOID, voided.kind());
        var active = desk.stores().responses().active().orElseThrow();
        assertEquals(ResponseLevel.III, active.level());
        assertEquals(start.decidedAt(), active.levelSince(), "the level stands since the start it came back to");
        assertEquals("刘雪峰", active.decidedByPerson());
        assertEquals(MeasureStatus.DONE, owed("III.2").status(), "work done before the mistake keeps its status");

        long cancelled = new AssignmentRepository(desk.database(), desk.stores().log()).forActivation(start.activationId())
                .stream().filter(a -> "CANCELLED".equals(a.latestStatus())).count();
        assertTrue(cancelled > 10, "the level II measures owed by the mistake are closed as 撤销: " + cancelled);
        var history = desk.stores().responses().decisions(10);
        assertEquals(mistake.id(), history.stream().filter(d -> d.kind() == DecisionKind.VOID).findFirst().orElseThrow()
                .correctsId());
        assertEquals(voided.id(), history.stream().filter(d -> d.id() == mistake.id()).findFirst().orElseThrow()
                .correctedBy());
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.DECISION
                && e.text().startsWith("撤销第 " + mistake.id() + " 号决定") && e.text().contains("理由：录入时误选")));
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.MEASURE
                && e.text().contains("项标为撤销")));
        assertTrue(desk.stores().log().verify().intact());
    }

    @Test
    void aStartAtTheWrongLevelIsCorrectedToTheRightOne() {
        DecisionRecord mistake = decide(Decision.start(ResponseLevel.IV), "刘雪峰", Capacity.OFFICE_DIRECTOR,
                "误选四级");
        DecisionRecord right = correct(new DecisionCorrection(mistake.id(), new DecisionRequest(
                Decision.start(ResponseLevel.III), ResponseLevel.III, DAY, "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null),
                null, null, null, "主任决定的是三级，录入错了级别", DAY));
        assertEquals(DecisionKind.START, right.kind());
        assertEquals(mistake.id(), right.correctsId());
        assertEquals(ResponseLevel.III, desk.stores().responses().active().orElseThrow().level());
        assertTrue(desk.stores().measures().owed().stream().anyMatch(i -> i.itemId().equals("III.2")));
        assertTrue(desk.stores().measures().owed().stream().noneMatch(i -> i.itemId().startsWith("IV.")));
    }

    @Test
    void aStartThatShouldNotHaveBeenVoidedLeavesNoResponseAndOnlyTheLatestCanBeCorrected() {
        DecisionRecord start = decide(Decision.start(ResponseLevel.III), "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        DecisionRecord lower = decide(Decision.lower(ResponseLevel.III, ResponseLevel.IV), "刘雪峰",
                Capacity.OFFICE_DIRECTOR, "雪停");
        DecisionRefusedException notLatest = assertThrows(DecisionRefusedException.class, () -> correct(
                new DecisionCorrection(start.id(), null, "刘雪峰", Capacity.OFFICE_DIRECTOR, null, "错了", DAY)));
        assertTrue(notLatest.verdict().refusedFor(RefusalCode.NOT_CORRECTABLE));
        assertTrue(assertThrows(DecisionRefusedException.class, () -> correct(new DecisionCorrection(lower.id(), null,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, " ", DAY))).verdict()
                .refusedFor(RefusalCode.CORRECTION_REASON_MISSING));

        correct(new DecisionCorrection(lower.id(), null, "刘雪峰", Capacity.OFFICE_DIRECTOR, null, "并未降级", DAY));
        DecisionRecord voidStart = correct(new DecisionCorrection(start.id(), null, "刘雪峰", Capacity.OFFICE_DIRECTOR,
                null, "演练数据误录入", DAY));
        assertEquals(DecisionKind.VOID, voidStart.kind());
        assertTrue(desk.stores().responses().active().isEmpty());
        assertTrue(desk.stores().measures().owed().isEmpty());
        assertTrue(desk.stores().log().verify().intact());
    }

    @Test
    void voidingNeedsTheAuthorityToHaveTakenTheDecision() {
        decide(Decision.start(ResponseLevel.III), "刘雪峰", Capacity.OFFICE_DIRECTOR, null);
        DecisionRecord raise = decide(Decision.raise(ResponseLevel.III, ResponseLevel.II), "张占良",
                Capacity.GROUP_LEADER, "预报暴雪");
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class, () -> correct(
                new DecisionCorrection(raise.id(), null, "刘雪峰", Capacity.OFFICE_DIRECTOR, null, "误录", DAY)));
        assertTrue(refused.verdict().refusedFor(RefusalCode.LEADING_GROUP_DECIDES), refused.getMessage());
        assertEquals(ResponseLevel.II, desk.stores().responses().active().orElseThrow().level());
    }
}
