package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/** A response from its start to its end; {@code endedAt} is null while it is active. */
public record Activation(long id, Instant startedAt, Instant endedAt, ResponseLevel currentLevel, String ruleSet) {

    public boolean isActive() {
        return endedAt == null;
    }
}
