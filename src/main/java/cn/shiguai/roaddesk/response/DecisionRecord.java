package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/**
 * A response decision as recorded: what was decided, what the plan recommended at that moment,
 * in whose name, on what authority and why, and who typed it in.
 *
 * @param orderedBy the director whose order a duty officer recorded, or null
 * @param reason the written reason, or null when none was needed
 * @param correctsId the decision recorded by mistake this one corrects, or null
 * @param correctionReason why it was corrected, with {@code correctsId}
 * @param correctedBy the decision correcting this one, or null while it stands
 */
public record DecisionRecord(long id, long activationId, DecisionKind kind, ResponseLevel previousLevel,
                             ResponseLevel level, ResponseLevel recommended, String decidedBy, Capacity capacity,
                             AuthorityBasis basis, String orderedBy, String reason, String enteredBy,
                             Instant decidedAt, Instant recordedAt, Long correctsId, String correctionReason,
                             Long correctedBy) {

    public DecisionRecord(long id, long activationId, DecisionKind kind, ResponseLevel previousLevel,
                          ResponseLevel level, ResponseLevel recommended, String decidedBy, Capacity capacity,
                          AuthorityBasis basis, String orderedBy, String reason, String enteredBy, Instant decidedAt,
                          Instant recordedAt) {
        this(id, activationId, kind, previousLevel, level, recommended, decidedBy, capacity, basis, orderedBy, reason,
                enteredBy, decidedAt, recordedAt, null, null, null);
    }

    /** Whether it sets the level in force and its decider: not corrected, and not a correction's VOID. */
    public boolean effective() {
        return correctedBy == null && kind != DecisionKind.VOID;
    }
}
