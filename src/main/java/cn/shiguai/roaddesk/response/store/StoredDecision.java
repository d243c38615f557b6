package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/**
 * A stored decision: what was decided, on which activation, from which level, recorded when.
 *
 * @param correctsId       the decision recorded by mistake that this one corrects, or null
 * @param correctionReason why, with {@code correctsId}; else null
 * @param correctedBy      the decision that corrects this one, or null while it stands
 */
public record StoredDecision(long id, long activationId, ResponseLevel previousLevel, Instant recordedAt,
                             DecisionDraft decision, Long correctsId, String correctionReason, Long correctedBy) {

    public StoredDecision(long id, long activationId, ResponseLevel previousLevel, Instant recordedAt,
                          DecisionDraft decision) {
        this(id, activationId, previousLevel, recordedAt, decision, null, null, null);
    }

    /** Whether it sets the level and who decided it: neither corrected nor a correction's VOID. */
    public boolean effective() {
        return correctedBy == null && decision.kind() != cn.shiguai.roaddesk.response.DecisionKind.VOID;
    }
}
