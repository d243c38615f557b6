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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes what a decision's level owes, position by position, inside the decision's transaction:
 * what was owed until now and its statuses are read in that same transaction, identical work
 * carries its status over, and one log entry sums up what was added, carried and closed. A
 * correction also closes, as 撤销 with the reason, what was owed only because of the mistake.
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
        write(txn, decision, null);
    }

    @Override
    public void correct(Connection txn, OwingDecision corrected, String reason) throws SQLException {
        write(txn, corrected, reason);
    }

    private void write(Connection txn, OwingDecision decision, String cancelReason) throws SQLException {
        Optional<Long> before = AssignmentRepository.previousOwingDecision(txn, decision.activationId(),
                decision.decisionId());
        List<AssignmentRow> owedBefore = before.isPresent() ? AssignmentRepository.forDecision(txn, before.get()) : List.of();
        // A correction may bring back work of the level before the mistake: its status is found there.
        Optional<Long> earlierDecision = cancelReason == null || before.isEmpty() ? Optional.empty()
                : AssignmentRepository.previousOwingDecision(txn, decision.activationId(), before.get());
        List<AssignmentRow> earlier = earlierDecision.isPresent()
                ? AssignmentRepository.forDecision(txn, earlierDecision.get()) : List.of();
        List<Long> known = new ArrayList<>();
        owedBefore.forEach(a -> known.add(a.id()));
        earlier.forEach(a -> known.add(a.id()));
        Map<Long, StatusUpdateRow> statuses = AssignmentRepository.latestUpdates(txn, known);

        ActivationPlan from = plan(decision.previousLevel(), decision.trafficCut(), owedBefore);
        Map<AssignmentKey, Long> oldIds = new HashMap<>();
        Map<AssignmentKey, MeasureStatus> oldStatus = new LinkedHashMap<>();
        for (AssignmentRow a : owedBefore) {
            AssignmentKey key = new AssignmentKey(a.itemKey(), a.positionKey());
            oldIds.put(key, a.id());
            oldStatus.put(key, statusOf(statuses.get(a.id())));
        }
        ActivationPlan to = ActivationPlan.of(catalogue, roster.get(), decision.level(), decision.trafficCut());
        PlanChange change = PlanChange.between(from, oldStatus, to);
        Map<AssignmentKey, AssignmentKey> carriedFrom = new HashMap<>();
        change.carried().forEach(c -> carriedFrom.put(c.assignment().key(), c.carriedFrom()));
        List<Assignment> earlierPlan = plan(decision.previousLevel(), decision.trafficCut(), earlier).assignments();
        for (Assignment a : to.assignments()) {
            AssignmentKey previous = carriedFrom.get(a.key());
            Long carried = previous == null ? sameWorkIn(a, earlierPlan, earlier) : oldIds.get(previous);
            assignments.assign(txn, decision.activationId(), decision.decisionId(), itemIds.get(a.item().id()),
                    a.positionKey(), a.share() == Share.LEAD ? "LEAD" : "SUPPORT", decision.enteredBy(), carried);
        }
        String summary = change.summary().text(RecordLanguage.messages());
        if (cancelReason != null) {
            for (PlanChange.Closed closed : change.closed()) {
                assignments.cancel(txn, oldIds.get(closed.assignment().key()), decision.enteredBy(), cancelReason);
            }
            long items = change.closed().stream().map(c -> c.assignment().item()).distinct().count();
            String trimmed = summary.endsWith("。") ? summary.substring(0, summary.length() - 1) : summary;
            summary = trimmed + RecordLanguage.text("log.text.measuresCancelled", items, cancelReason);
        }
        log.append(txn, LogDraft.of(decision.enteredBy(), LogCategory.MEASURE, summary)
                .concerning(LinkType.ACTIVATION, decision.activationId())
                .concerning(LinkType.DECISION, decision.decisionId()));
    }

    private ActivationPlan plan(cn.shiguai.roaddesk.rules.ResponseLevel level, boolean trafficCut,
                                List<AssignmentRow> rows) {
        return new ActivationPlan(level, trafficCut, rows.stream()
                .map(a -> new Assignment(catalogue.item(a.itemKey()).orElseThrow(), a.positionKey(),
                        "LEAD".equals(a.role()) ? Share.LEAD : Share.SUPPORTING)).toList());
    }

    /** The earlier assignment of the same position and the same sentence, whose status the new one takes. */
    private static Long sameWorkIn(Assignment next, List<Assignment> plan, List<AssignmentRow> rows) {
        for (int i = 0; i < plan.size(); i++) {
            Assignment old = plan.get(i);
            if (old.sameWorkAs(next)) {
                return rows.get(i).id();
            }
        }
        return null;
    }

    private static MeasureStatus statusOf(StatusUpdateRow latest) {
        return latest == null ? MeasureStatus.NOT_STARTED : MeasureStatus.valueOf(latest.status());
    }
}
