package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.report.ResponseInForce;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The response in force at a moment, read back from the decision record rather than from the
 * response in force now, so a report of a past day names the level of that day: the last
 * decision taken by then sets the level, unless it ended the response, and the response began
 * with the first decision of its activation.
 */
final class ResponseHistory {
    /** Decisions are a handful per winter: all of them are read. */
    static final int ALL_DECISIONS = 100_000;

    /** The response in force and the activation it belongs to. */
    record InForce(long activationId, ResponseInForce response) { }

    private ResponseHistory() {
    }

    static Optional<InForce> at(List<DecisionRecord> decisions, Instant moment) {
        // Decisions may be recorded after they were taken: the time they were taken orders them.
        // A decision corrected since stands in the record as its correction says: the corrected one and a VOID never count.
        List<DecisionRecord> taken = decisions.stream()
                .filter(DecisionRecord::effective)
                .filter(d -> !d.decidedAt().isAfter(moment))
                .sorted(Comparator.comparing(DecisionRecord::decidedAt).thenComparingLong(DecisionRecord::id))
                .toList();
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        DecisionRecord last = taken.get(taken.size() - 1);
        if (last.kind() == DecisionKind.END || !last.level().isResponse()) {
            return Optional.empty();
        }
        Instant began = taken.stream().filter(d -> d.activationId() == last.activationId())
                .map(DecisionRecord::decidedAt).findFirst().orElse(last.decidedAt());
        return Optional.of(new InForce(last.activationId(), new ResponseInForce(last.level(), last.decidedAt(), began,
                last.decidedBy(), last.capacity())));
    }
}
