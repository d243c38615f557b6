package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/** A stored decision: what was decided, on which activation, from which level, recorded when. */
public record StoredDecision(long id, long activationId, ResponseLevel previousLevel, Instant recordedAt,
                       DecisionDraft decision) {
}
