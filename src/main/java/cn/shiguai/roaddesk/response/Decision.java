package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of the active response: from the level active now to the level decided. START
 * begins from no response, END goes to none; RAISE and LOWER move between response levels
 * (lowering to no response is END, not LOWER).
 *
 * @param activeLevel the level in force when the decision is taken, {@code NONE} when none is
 * @param newLevel    the level in force after it, {@code NONE} for END
 */
public record Decision(DecisionKind kind, ResponseLevel activeLevel, ResponseLevel newLevel) {

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activeLevel, "activeLevel");
        Objects.requireNonNull(newLevel, "newLevel");
    }

    public static Decision start(ResponseLevel level) {
        return new Decision(DecisionKind.START, ResponseLevel.NONE, level);
    }

    public static Decision raise(ResponseLevel from, ResponseLevel to) {
        return new Decision(DecisionKind.RAISE, from, to);
    }

    public static Decision lower(ResponseLevel from, ResponseLevel to) {
        return new Decision(DecisionKind.LOWER, from, to);
    }

    public static Decision end(ResponseLevel from) {
        return new Decision(DecisionKind.END, from, ResponseLevel.NONE);
    }

    /** The more severe of the two levels the decision touches: it sets whose decision it is. */
    public ResponseLevel mostSevereLevel() {
        return activeLevel.isMoreSevereThan(newLevel) ? activeLevel : newLevel;
    }

    /** Why this kind does not fit these levels, or empty when it does. */
    public Optional<RefusalCode> shapeProblem() {
        return Optional.ofNullable(switch (kind) {
            case START -> activeLevel.isResponse() ? RefusalCode.ALREADY_ACTIVE
                    : newLevel.isResponse() ? null : RefusalCode.LEVEL_MISSING;
            case RAISE -> !activeLevel.isResponse() ? RefusalCode.NOTHING_ACTIVE
                    : newLevel.isMoreSevereThan(activeLevel) ? null : RefusalCode.NOT_HIGHER;
            case LOWER -> !activeLevel.isResponse() ? RefusalCode.NOTHING_ACTIVE
                    : !newLevel.isResponse() ? RefusalCode.LOWER_TO_NONE
                    : activeLevel.isMoreSevereThan(newLevel) ? null : RefusalCode.NOT_LOWER;
            case END -> !activeLevel.isResponse() ? RefusalCode.NOTHING_ACTIVE
                    : newLevel.isResponse() ? RefusalCode.END_TAKES_NO_LEVEL : null;
            case VOID -> RefusalCode.NOT_A_DECISION;
        });
    }
}
