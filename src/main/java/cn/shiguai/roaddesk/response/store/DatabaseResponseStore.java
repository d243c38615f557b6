package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.DecisionCommand;
import cn.shiguai.roaddesk.response.ActiveResponse;
import cn.shiguai.roaddesk.response.ResponseStore;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.measures.ActivationPlan;
import cn.shiguai.roaddesk.measures.Assignment;
import cn.shiguai.roaddesk.measures.AssignmentKey;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.PlanChange;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.measures.store.AssignmentRepository;
import cn.shiguai.roaddesk.measures.store.AssignmentRow;
import cn.shiguai.roaddesk.measures.store.StatusUpdateRow;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationJson;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Responses in the database. Recording a decision is one transaction: the evaluation it was
 * taken against, the activation, the decision, everything the new level owes (identical work
 * carrying its status over), and the duty-log entries saying so.
 */
public final class DatabaseResponseStore implements ResponseStore {
    private final Database database;
    private final DutyLog log;
    private final ActivationRepository activations;
    private final EvaluationRepository evaluations;
    private final AssignmentRepository assignments;
    private final RosterRepository roster;
    private final MeasureCatalogue catalogue;
    private final Map<String, Long> itemIds;
    private final EvaluationJson json;
    private final Messages messages;

    public DatabaseResponseStore(Database database, DutyLog log, RosterRepository roster, MeasureCatalogue catalogue,
                                 Map<String, Long> itemIds, RuleSet rules, Messages messages) {
        this.database = database;
        this.log = log;
        this.activations = new ActivationRepository(database, log);
        this.evaluations = new EvaluationRepository(database, log);
        this.assignments = new AssignmentRepository(database, log);
        this.roster = roster;
        this.catalogue = catalogue;
        this.itemIds = Map.copyOf(itemIds);
        // The record is the office's: kept in Chinese whatever the screen's language.
        this.json = new EvaluationJson(new ObjectMapper(), new EvaluationText(Messages.chinese(), rules));
        this.messages = messages;
    }

    @Override
    public Optional<ActiveResponse> active() {
        return activations.active().map(a -> {
            List<StoredDecision> decisions = activations.decisions(a.id());
            StoredDecision last = decisions.get(decisions.size() - 1);
            Roster r = roster.roster();
            String who = last.decision().decidedByPerson() + "（"
                    + messages.get(DecisionRecords.capacityOf(last, r).labelKey()) + "）";
            return new ActiveResponse(a.id(), a.currentLevel(), a.startedAt(), last.decision().decidedAt(), who);
        });
    }

    @Override
    public List<DecisionRecord> decisions(int limit) {
        Roster r = roster.roster();
        return activations.recentDecisions(limit).stream().map(d -> DecisionRecords.record(d, r)).toList();
    }

    /** The latest decision of the response in force, whose assignments are what is owed now. */
    public Optional<StoredDecision> latestDecision() {
        return activations.active().map(a -> {
            List<StoredDecision> decisions = activations.decisions(a.id());
            return decisions.get(decisions.size() - 1);
        });
    }

    @Override
    public DecisionRecord record(DecisionCommand command) {
        Roster r = roster.roster();
        DecisionRequest request = command.request();
        Evaluation evaluation = command.recommendation();
        Optional<StoredDecision> previous = latestDecision();
        List<AssignmentRow> owedBefore = previous.map(d -> assignments.forDecision(d.id())).orElse(List.of());
        Map<Long, StatusUpdateRow> statusBefore = assignments.latestUpdates(owedBefore.stream().map(AssignmentRow::id).toList());
        var result = json.result("", evaluation, List.of());
        result.remove("file");
        StoredDecision stored = database.write(txn -> {
            // The inputs as the engine weighed them: every clause's deciding reading, place and time.
            long evaluationId = evaluations.record(txn, evaluation.date(), evaluation.ruleSetName(), evaluation.level(),
                    "DECISION", command.enteredBy(), result.get("clauses").toString(), result.toString()).id();
            StoredDecision decision = activations.decide(txn, new DecisionDraft(request.decision().kind(),
                    request.decision().newLevel(), request.recommended(), evaluationId, request.decidedBy(),
                    DecisionRecords.positionOf(request, r), command.basis().section(), request.orderedBy(),
                    request.reason(), command.enteredBy(), command.decidedAt(), evaluation.ruleSetName()));
            if (request.decision().newLevel().isResponse()) {
                owe(txn, decision, r, owedBefore, statusBefore, trafficCut(evaluation), command.enteredBy());
            }
            return decision;
        });
        return DecisionRecords.record(stored, r);
    }

    /** Writes what the new level owes and one log entry summing up what was added, carried and closed. */
    private void owe(Connection txn, StoredDecision decision, Roster r, List<AssignmentRow> owedBefore,
                     Map<Long, StatusUpdateRow> statusBefore, boolean trafficCut, String enteredBy) throws SQLException {
        ActivationPlan from = new ActivationPlan(decision.previousLevel(), trafficCut, owedBefore.stream()
                .map(a -> new Assignment(catalogue.item(a.itemKey()).orElseThrow(), a.positionKey(),
                        "LEAD".equals(a.role()) ? Share.LEAD : Share.SUPPORTING)).toList());
        Map<AssignmentKey, Long> oldIds = new HashMap<>();
        Map<AssignmentKey, MeasureStatus> oldStatus = new LinkedHashMap<>();
        for (AssignmentRow a : owedBefore) {
            AssignmentKey key = new AssignmentKey(a.itemKey(), a.positionKey());
            oldIds.put(key, a.id());
            StatusUpdateRow latest = statusBefore.get(a.id());
            oldStatus.put(key, latest == null ? MeasureStatus.NOT_STARTED : MeasureStatus.valueOf(latest.status()));
        }
        ActivationPlan to = ActivationPlan.of(catalogue, r, decision.decision().level(), trafficCut);
        PlanChange change = PlanChange.between(from, oldStatus, to);
        Map<AssignmentKey, AssignmentKey> carriedFrom = new HashMap<>();
        change.carried().forEach(c -> carriedFrom.put(c.assignment().key(), c.carriedFrom()));
        for (Assignment a : to.assignments()) {
            AssignmentKey from0 = carriedFrom.get(a.key());
            assignments.assign(txn, decision.activationId(), decision.id(), itemIds.get(a.item().id()), a.positionKey(),
                    a.share() == Share.LEAD ? "LEAD" : "SUPPORT", enteredBy, from0 == null ? null : oldIds.get(from0));
        }
        log.append(txn, LogDraft.of(enteredBy, LogCategory.MEASURE, change.summary().text(Messages.chinese()))
                .concerning(LinkType.ACTIVATION, decision.activationId()).concerning(LinkType.DECISION, decision.id()));
    }

    /** §九(二)'s task is owed while a main road is cut: any road of the day reported cut. */
    private static boolean trafficCut(Evaluation evaluation) {
        var cut = evaluation.result(ResponseLevel.I).clause(ClauseKind.TRAFFIC_CUT);
        return cut != null && cut.evidence().value() != null && cut.evidence().value() > 0;
    }
}
