package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.measures.OwingDecision;
import cn.shiguai.roaddesk.measures.store.DecisionObligations;
import cn.shiguai.roaddesk.response.AuthorityBasis;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionCommand;
import cn.shiguai.roaddesk.response.DecisionCorrection;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.DecisionRefusedException;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.Refusal;
import cn.shiguai.roaddesk.response.RefusalCode;
import cn.shiguai.roaddesk.response.ResponseStore;
import cn.shiguai.roaddesk.response.Verdict;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationJson;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Responses in the database. Recording a decision is one transaction: the day's recommendation
 * read again from the store inside it (a decision against a recommendation that has changed
 * since the dialog opened is refused), the evaluation kept with the decision, the activation
 * opened, changed or ended, and — asked of the measures feature through its own interface —
 * what the new level owes. Nothing of another feature's tables is touched here.
 */
public final class DatabaseResponseStore implements ResponseStore {

    /** The plan's recommendation of a day from what is stored, read on the decision's own transaction. */
    @FunctionalInterface
    public interface RecommendationInTransaction {
        Evaluation recommendationOn(Connection txn, LocalDate day) throws SQLException;
    }

    private final Database database;
    private final ActivationRepository activations;
    private final EvaluationRepository evaluations;
    private final RosterRepository roster;
    private final RecommendationInTransaction recommendations;
    private final DecisionObligations obligations;
    private final EvaluationJson json;

    public DatabaseResponseStore(Database database, DutyLog log, RosterRepository roster,
                                 RecommendationInTransaction recommendations, DecisionObligations obligations,
                                 RuleSet rules) {
        this.database = database;
        this.activations = new ActivationRepository(database, log);
        this.evaluations = new EvaluationRepository(database, log);
        this.roster = roster;
        this.recommendations = recommendations;
        this.obligations = obligations;
        this.json = new EvaluationJson(new ObjectMapper(), new EvaluationText(RecordLanguage.messages(), rules));
    }

    /** The level since and who decided it come from the latest decision that stands (not corrected, not a VOID). */
    @Override
    public Optional<ActiveResponse> active() {
        return activations.active().map(a -> {
            List<StoredDecision> standing = activations.decisions(a.id()).stream().filter(StoredDecision::effective)
                    .toList();
            StoredDecision last = standing.get(standing.size() - 1);
            return new ActiveResponse(a.id(), a.currentLevel(), a.startedAt(), last.decision().decidedAt(),
                    last.decision().decidedByPerson(), DecisionRecords.capacityOf(last, roster.roster()).labelKey());
        });
    }

    /** The latest decision that stands in the latest response: one voided before it can be put right in turn. */
    @Override
    public Optional<DecisionRecord> correctable() {
        return lastStanding().map(d -> DecisionRecords.record(d, roster.roster()));
    }

    private Optional<StoredDecision> lastStanding() {
        return activations.recentDecisions(1).stream().findFirst().flatMap(latest -> {
            List<StoredDecision> standing = activations.decisions(latest.activationId()).stream()
                    .filter(StoredDecision::effective).toList();
            return standing.isEmpty() ? Optional.empty() : Optional.of(standing.get(standing.size() - 1));
        });
    }

    @Override
    public DecisionRecord correct(DecisionCorrection correction, AuthorityBasis basis, Instant decidedAt,
                                  String enteredBy) {
        Roster r = roster.roster();
        StoredDecision stored = database.write(txn -> {
            StoredDecision mistake = lastStanding()
                    .filter(d -> d.id() == correction.correctsId()).orElseThrow(() -> new DecisionRefusedException(
                            new Verdict.Refused(List.of(Refusal.of(RefusalCode.NOT_CORRECTABLE, correction.correctsId())))));
            DecisionDraft correct = correctRecord(correction, mistake, basis, decidedAt, enteredBy, r);
            StoredDecision row = activations.correct(txn, mistake, correct, correction.reason().strip());
            Evaluation now = recommendations.recommendationOn(txn, correction.day());
            obligations.correct(txn, new OwingDecision(row.activationId(), row.id(), mistake.decision().level(),
                    correct.level(), trafficCut(now), enteredBy), correction.reason().strip());
            return row;
        });
        return DecisionRecords.record(stored, r);
    }

    /** The row that takes the mistake's place: the decision as it should have been, or VOID restoring the level before. */
    private static DecisionDraft correctRecord(DecisionCorrection c, StoredDecision mistake, AuthorityBasis basis,
                                               Instant decidedAt, String enteredBy, Roster r) {
        DecisionDraft was = mistake.decision();
        if (c.voids()) {
            DecisionRequest asIf = new DecisionRequest(new Decision(was.kind(), mistake.previousLevel(), was.level()),
                    was.recommendedLevel(), c.day(), c.decidedBy(), c.capacity(), c.orderedBy(), c.reason());
            return new DecisionDraft(DecisionKind.VOID, mistake.previousLevel(), was.recommendedLevel(),
                    was.evaluationId(), c.decidedBy(), DecisionRecords.positionOf(asIf, r), basis.section(),
                    c.orderedBy(), null, enteredBy, decidedAt, was.ruleSet());
        }
        DecisionRequest i = c.instead();
        return new DecisionDraft(i.decision().kind(), i.decision().newLevel(), was.recommendedLevel(),
                was.evaluationId(), i.decidedBy(), DecisionRecords.positionOf(i, r), basis.section(), i.orderedBy(),
                i.reason(), enteredBy, decidedAt, was.ruleSet());
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
        StoredDecision stored = database.write(txn -> {
            Evaluation evaluation = recommendations.recommendationOn(txn, request.day());
            if (evaluation.level() != request.recommended()) {
                throw new DecisionRefusedException(new Verdict.Refused(List.of(Refusal.of(
                        RefusalCode.RECOMMENDATION_CHANGED, levelName(request.recommended()),
                        levelName(evaluation.level())))));
            }
            var result = json.result("", evaluation, List.of());
            result.remove("file");
            // The inputs as the engine weighed them: every clause's deciding reading, place and time.
            long evaluationId = evaluations.record(txn, evaluation.date(), evaluation.ruleSetName(), evaluation.level(),
                    "DECISION", command.enteredBy(), result.get("clauses").toString(), result.toString()).id();
            StoredDecision decision = activations.decide(txn, new DecisionDraft(request.decision().kind(),
                    request.decision().newLevel(), request.recommended(), evaluationId, request.decidedBy(),
                    DecisionRecords.positionOf(request, r), command.basis().section(), request.orderedBy(),
                    request.reason(), command.enteredBy(), command.decidedAt(), evaluation.ruleSetName(),
                    request.orderVia()));
            if (request.decision().newLevel().isResponse()) {
                obligations.owe(txn, new OwingDecision(decision.activationId(), decision.id(),
                        decision.previousLevel(), request.decision().newLevel(), trafficCut(evaluation),
                        command.enteredBy()));
            }
            return decision;
        });
        return DecisionRecords.record(stored, r);
    }

    private static Messages.Key levelName(ResponseLevel level) {
        return new Messages.Key("level." + level.code() + ".name");
    }

    /** §九(二)'s task is owed while a main road is cut: any road of the day reported cut. */
    private static boolean trafficCut(Evaluation evaluation) {
        var cut = evaluation.result(ResponseLevel.I).clause(ClauseKind.TRAFFIC_CUT);
        return cut != null && cut.evidence().value() != null && cut.evidence().value() > 0;
    }
}
