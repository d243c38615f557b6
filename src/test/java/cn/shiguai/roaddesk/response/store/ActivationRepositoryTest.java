package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.roster.store.RosterFixture;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivationRepositoryTest {
    private static final String RULE_SET = "石府办发〔2019〕2号";

    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final ActivationRepository activations = new ActivationRepository(db, log);
    private final EvaluationRepository evaluations = new EvaluationRepository(db, log);

    @BeforeEach
    void roster() throws IOException {
        RosterFixture.seed(db, log);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DecisionDraft decision(DecisionKind kind, ResponseLevel level, ResponseLevel recommended, Long evaluation,
                                   String reason) {
        return new DecisionDraft(kind, level, recommended, evaluation, "刘雪峰", "EMERGENCY_OFFICE", "§六(二)",
                null, reason, "王值班", clock.instant(), RULE_SET);
    }

    @Test
    void aResponseFromStartToEnd() {
        EvaluationRecord evaluation = evaluations.record(LocalDate.of(2026, 1, 12), RULE_SET, ResponseLevel.III,
                "DECISION", "王值班", "{\"date\":\"2026-01-12\"}", "{\"level\":\"III\"}");
        StoredDecision start = activations.decide(decision(DecisionKind.START, ResponseLevel.III, ResponseLevel.III,
                evaluation.id(), null));
        assertEquals(ResponseLevel.NONE, start.previousLevel());
        clock.advance(Duration.ofHours(3));
        activations.decide(new DecisionDraft(DecisionKind.RAISE, ResponseLevel.II, ResponseLevel.II, null, "张占良",
                "LEADER", "§六(一)", null, null, "王值班", clock.instant(), RULE_SET));
        assertEquals(ResponseLevel.II, activations.active().orElseThrow().currentLevel());
        clock.advance(Duration.ofHours(5));
        activations.decide(decision(DecisionKind.LOWER, ResponseLevel.IV, ResponseLevel.III, null, "雪停，道路已通"));
        clock.advance(Duration.ofHours(5));
        activations.decide(decision(DecisionKind.END, ResponseLevel.NONE, ResponseLevel.NONE, null, null));

        assertTrue(activations.active().isEmpty());
        Activation done = activations.all().get(0);
        assertFalse(done.isActive());
        List<StoredDecision> decisions = activations.decisions(done.id());
        assertEquals(List.of(DecisionKind.START, DecisionKind.RAISE, DecisionKind.LOWER, DecisionKind.END),
                decisions.stream().map(d -> d.decision().kind()).toList());
        assertEquals(ResponseLevel.II, decisions.get(2).previousLevel());
        assertEquals("雪停，道路已通", decisions.get(2).decision().reason());
        assertEquals(evaluation.id(), decisions.get(0).decision().evaluationId());
        assertEquals(evaluation, evaluations.get(evaluation.id()).orElseThrow());

        List<LogEntry> entries = log.concerning(LinkType.ACTIVATION, done.id());
        assertEquals(4, entries.size());
        assertTrue(entries.get(0).text().startsWith("启动三级响应（较大）"), entries.get(0).text());
        assertTrue(entries.get(2).text().contains("理由：雪停，道路已通"), entries.get(2).text());
        assertEquals(1, log.concerning(LinkType.EVALUATION, evaluation.id()).size() - 1,
                "the evaluation's own entry and the decision's entry both concern it");
        assertTrue(log.verify().intact());
    }

    @Test
    void decisionsMustFitTheResponsesState() {
        assertThrows(IllegalStateException.class,
                () -> activations.decide(decision(DecisionKind.RAISE, ResponseLevel.II, ResponseLevel.II, null, null)));
        activations.decide(decision(DecisionKind.START, ResponseLevel.III, ResponseLevel.III, null, null));
        assertThrows(IllegalStateException.class,
                () -> activations.decide(decision(DecisionKind.START, ResponseLevel.IV, ResponseLevel.IV, null, null)));
        assertThrows(IllegalStateException.class,
                () -> activations.decide(decision(DecisionKind.RAISE, ResponseLevel.IV, ResponseLevel.IV, null, null)));
        assertThrows(IllegalStateException.class,
                () -> activations.decide(decision(DecisionKind.LOWER, ResponseLevel.II, ResponseLevel.II, null, null)));
        assertEquals(1, activations.decisions(activations.active().orElseThrow().id()).size());
    }
}
