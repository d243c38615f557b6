package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.Optional;

/**
 * Why a decision must carry a written reason (domain §4). The engine only recommends; a person
 * who decides otherwise says why, so that the record answers for it later.
 */
public enum ReasonNeed {
    /** §六(三): a response started although no level's conditions are met. */
    DISCRETIONARY_START,
    /** The level decided is more severe than the recommendation. */
    ABOVE_RECOMMENDATION,
    /** The level decided is less severe than the recommendation, but still a response. */
    BELOW_RECOMMENDATION,
    /** The response is ended although the conditions of a level still hold. */
    ENDED_AGAINST_RECOMMENDATION;

    public String labelKey() {
        return "decision.reasonNeed." + name();
    }

    /** Whether, and why, this decision needs a reason given this recommendation. */
    public static Optional<ReasonNeed> of(Decision decision, ResponseLevel recommended) {
        ResponseLevel decided = decision.newLevel();
        if (decision.kind() == DecisionKind.START && !recommended.isResponse()) {
            return Optional.of(DISCRETIONARY_START);
        }
        if (decided == recommended) {
            return Optional.empty();
        }
        if (!decided.isResponse()) {
            return Optional.of(ENDED_AGAINST_RECOMMENDATION);
        }
        return Optional.of(decided.isMoreSevereThan(recommended) ? ABOVE_RECOMMENDATION : BELOW_RECOMMENDATION);
    }
}
