package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/**
 * A stored reading: the form's values, where, and when it was recorded.
 *
 * @param locationName    the point it counts for: the point a merged one was merged into
 * @param replacedBy      the reading that replaced this one, or null while it stands
 * @param withdrawnReason why it was withdrawn, or null
 */
public record Reading(long id, String locationName, LocationKind locationKind, Instant recordedAt, ReadingEntry values,
                      Long replacedBy, String withdrawnReason) {

    public boolean isReplaced() {
        return replacedBy != null;
    }

    public RecordState state() {
        return RecordState.of(replacedBy, withdrawnReason);
    }

    /** Counts for the rules, the trend and the documents. */
    public boolean stands() {
        return state().counts();
    }
}
