package cn.shiguai.roaddesk.rules;

import java.util.List;

/**
 * One level decided: {@code holds = (weather ∧ cold) ∨ traffic}. {@code holds} is UNKNOWN only
 * when the weather part is met and the daily mean temperature is unknown.
 *
 * @param cold null when the level has no temperature clause
 */
public record LevelResult(ResponseLevel level, LevelRule rule, Truth holds, Truth weather, Truth cold,
                          Truth traffic, List<ClauseResult> clauses) {

    public LevelResult {
        clauses = List.copyOf(clauses);
    }

    public ClauseResult clause(ClauseKind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    public List<ClauseResult> notMet() {
        return clauses.stream().filter(c -> !c.met()).toList();
    }
}
