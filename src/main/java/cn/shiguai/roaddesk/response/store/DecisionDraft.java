package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.DecisionKind;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * A decision as the person recording it states it. Who may decide what is the business of
 * {@code DecisionAuthority}; this only records.
 *
 * @param level the level decided; NONE for END
 * @param recommendedLevel what the engine recommended at that moment
 * @param evaluationId the stored evaluation behind the recommendation, or null
 * @param decidedByPosition roster position key of the person deciding, e.g. LEADER
 * @param authorityBasis the plan's clause, e.g. "§六(二)"
 * @param orderedBy the director, when the duty officer records on the director's order; else null
 * @param orderVia how that order was received, said in the log entry; null when not given (or read back)
 */
public record DecisionDraft(DecisionKind kind, ResponseLevel level, ResponseLevel recommendedLevel, Long evaluationId,
                            String decidedByPerson, String decidedByPosition, String authorityBasis, String orderedBy,
                            String reason, String enteredBy, Instant decidedAt, String ruleSet,
                            cn.shiguai.roaddesk.response.OrderChannel orderVia) {

    public DecisionDraft(DecisionKind kind, ResponseLevel level, ResponseLevel recommendedLevel, Long evaluationId,
                         String decidedByPerson, String decidedByPosition, String authorityBasis, String orderedBy,
                         String reason, String enteredBy, Instant decidedAt, String ruleSet) {
        this(kind, level, recommendedLevel, evaluationId, decidedByPerson, decidedByPosition, authorityBasis, orderedBy,
                reason, enteredBy, decidedAt, ruleSet, null);
    }

    public DecisionDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(recommendedLevel, "recommendedLevel");
        Objects.requireNonNull(decidedByPerson, "decidedByPerson");
        Objects.requireNonNull(decidedByPosition, "decidedByPosition");
        Objects.requireNonNull(authorityBasis, "authorityBasis");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (kind != DecisionKind.VOID && (kind == DecisionKind.END) != (level == ResponseLevel.NONE)) {
            throw new IllegalArgumentException("only END has no level");
        }
    }
}
