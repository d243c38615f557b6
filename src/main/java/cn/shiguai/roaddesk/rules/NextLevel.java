package cn.shiguai.roaddesk.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How far the next level up is: the clauses of that level not yet met. Any one weather clause
 * (with the cold clause) or all traffic clauses would raise the level.
 */
public record NextLevel(ResponseLevel level, List<ClauseResult> missing, boolean weatherMet) {

    public NextLevel {
        missing = List.copyOf(missing);
    }

    /**
     * What stands between now and the next level, for a one-line summary: the temperature when
     * the weather already meets that level, else the measured quantity nearest its threshold.
     */
    public Optional<ClauseResult> closest() {
        if (weatherMet) {
            return missing.stream().filter(c -> c.kind().group() == ClauseKind.Group.COLD).findFirst();
        }
        return missing.stream()
                .filter(c -> c.kind().group() != ClauseKind.Group.COLD)
                .filter(c -> c.evidence().hasValue() && c.threshold().value() != null)
                .max(Comparator.comparingDouble(ClauseResult::closeness));
    }
}
