package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.measures.ActivationPlan;
import cn.shiguai.roaddesk.measures.Assignment;
import cn.shiguai.roaddesk.measures.AssignmentKey;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwingDecision;
import cn.shiguai.roaddesk.measures.PlanChange;
import cn.shiguai.roaddesk.measures.Share;
import cn.shiguai.roaddesk.roster.Roster;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes what a decision's level owes, position by position, inside the decision's transaction:
 * what was owed until now and its statuses are read in that same transaction, identical work
 * carries its status over, and one log entry sums up what was added, carried and closed.
 */
public final class DatabaseObligations implements DecisionObligations {
    private final AssignmentRepository assignments;
    private final DutyLog log;
    private final MeasureCatalogue catalogue;
    private final Map<String, Long> itemIds;
    private final Supplier<Roster> roster;

    /** @param itemIds the catalogue's items by key, as stored */
    public DatabaseObligations(AssignmentRepository assignments, DutyLog log, MeasureCatalogue catalogue,
                               Map<String, Long> itemIds, Supplier<Roster> roster) {
        this.assignments = assignments;
        this.log = log;
        this.catalogue = catalogue;
        this.itemIds = Map.copyOf(itemIds);
        this.roster = roster;
    }

    @Override
    public void owe(Connection txn, OwingDecision decision) throws SQLException {
        Optional<Long> previousDecision = AssignmentRepository.previousOwingDecision(txn, decision.activationId(),
                decision.decisionId());
        List<AssignmentRow> owedBefore = previousDecision.isPresent()
                ? AssignmentRepository.forDecision(txn, previousDecision.get()) : List.of();
        Map<Long, StatusUpdateRow> statusBefore = AssignmentRepository.latestUpdates(txn,
                owedBefore.stream().map(AssignmentRow::id).toList());
        ActivationPlan from = new ActivationPlan(decision.previousLevel(), decision.trafficCut(), owedBefore.stream()
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
        ActivationPlan to = ActivationPlan.of(catalogue, roster.get(), decision.level(), decision.trafficCut());
        PlanChange change = PlanChange.between(from, oldStatus, to);
        Map<AssignmentKey, AssignmentKey> carriedFrom = new HashMap<>();
        change.carried().forEach(c -> carriedFrom.put(c.assignment().key(), c.carriedFrom()));
        for (Assignment a : to.assignments()) {
            AssignmentKey previous = carriedFrom.get(a.key());
            assignments.assign(txn, decision.activationId(), decision.decisionId(), itemIds.get(a.item().id()),
                    a.positionKey(), a.share() == Share.LEAD ? "LEAD" : "SUPPORT", decision.enteredBy(),
                    previous == null ? null : oldIds.get(previous));
        }
        log.append(txn, LogDraft.of(decision.enteredBy(), LogCategory.MEASURE,
                        change.summary().text(RecordLanguage.messages()))
                .concerning(LinkType.ACTIVATION, decision.activationId())
                .concerning(LinkType.DECISION, decision.decisionId()));
    }
}
