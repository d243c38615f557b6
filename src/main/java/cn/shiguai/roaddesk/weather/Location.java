package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/**
 * A monitoring location, e.g. "五当召镇 旅游公路 K12 弯道".
 *
 * @param mergedInto the point this one was merged into (its readings count there), or null
 * @param retiredAt  when it stopped taking readings, or null while in use
 */
public record Location(long id, String name, LocationKind kind, String area, String note, String createdBy,
                       Instant createdAt, Long mergedInto, Instant retiredAt) {

    public boolean inUse() {
        return mergedInto == null && retiredAt == null;
    }
}
