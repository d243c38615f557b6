package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/**
 * A response decision as recorded: what was decided, what the plan recommended at that moment,
 * in whose name, on what authority and why, and who typed it in.
 *
 * @param orderedBy the director whose order a duty officer recorded, or null
 * @param reason the written reason, or null when none was needed
 */
public record DecisionRecord(long id, long activationId, DecisionKind kind, ResponseLevel previousLevel,
                             ResponseLevel level, ResponseLevel recommended, String decidedBy, Capacity capacity,
                             AuthorityBasis basis, String orderedBy, String reason, String enteredBy,
                             Instant decidedAt, Instant recordedAt) { }
