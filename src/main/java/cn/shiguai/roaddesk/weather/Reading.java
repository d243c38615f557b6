package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/**
 * A stored reading: the form's values, where, and when it was recorded.
 *
 * @param replacedBy the reading that replaced this one, or null while it stands
 */
public record Reading(long id, String locationName, LocationKind locationKind, Instant recordedAt, ReadingEntry values,
                      Long replacedBy) {

    public boolean isReplaced() {
        return replacedBy != null;
    }
}
