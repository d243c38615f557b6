package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * The response in force on the report's day, as the decision record has it.
 *
 * @param levelSince    when the current level was decided
 * @param responseSince when the response started, at whatever level; equal to {@code levelSince}
 *                      unless the level was raised or lowered since
 * @param decidedBy     the person in whose name the current level was decided
 * @param capacity      in which capacity they decided it (组长, 副组长, 应急办公室主任, 值班员)
 */
public record ResponseInForce(ResponseLevel level, Instant levelSince, Instant responseSince, String decidedBy,
                              Capacity capacity) {
    public ResponseInForce {
        Objects.requireNonNull(level, "level");
        if (!level.isResponse()) {
            throw new IllegalArgumentException("a response in force has a level; NONE is no response");
        }
        Objects.requireNonNull(levelSince, "levelSince");
        Objects.requireNonNull(responseSince, "responseSince");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(capacity, "capacity");
    }

    /** The level changed after the response began. */
    public boolean levelChanged() {
        return responseSince.isBefore(levelSince);
    }
}
