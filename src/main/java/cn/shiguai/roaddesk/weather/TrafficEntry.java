package cn.shiguai.roaddesk.weather;

import java.time.Instant;
import java.util.Objects;

/**
 * A report on one main road, as stored (the engine's own form is {@code rules.TrafficReport}).
 *
 * @param id 0 for a report not yet stored
 * @param recordedAt null for a report not yet stored
 * @param replacesId the mistaken report this one replaces (it stays on record), or null
 * @param replacedBy the report that replaced this one, or null while it stands
 * @param withdrawnReason why it was withdrawn, or null
 */
public record TrafficEntry(long id, String road, Instant observedAt, Instant recordedAt, double cutHours,
                           double queueKm, boolean interruptionLikely, String note, ReadingSource source,
                           String enteredBy, Long replacesId, Long replacedBy, String withdrawnReason) {

    public TrafficEntry {
        Objects.requireNonNull(road, "road");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }

    public TrafficEntry(long id, String road, Instant observedAt, Instant recordedAt, double cutHours, double queueKm,
                        boolean interruptionLikely, String note, ReadingSource source, String enteredBy) {
        this(id, road, observedAt, recordedAt, cutHours, queueKm, interruptionLikely, note, source, enteredBy, null,
                null, null);
    }

    public static TrafficEntry draft(String road, Instant observedAt, double cutHours, double queueKm,
                                      boolean interruptionLikely, String enteredBy) {
        return new TrafficEntry(0, road, observedAt, null, cutHours, queueKm, interruptionLikely, null,
                ReadingSource.MANUAL, enteredBy);
    }

    /** This report in place of a mistaken one, with the reason. */
    public TrafficEntry replacing(long reportId, String why) {
        return new TrafficEntry(id, road, observedAt, recordedAt, cutHours, queueKm, interruptionLikely, why, source,
                enteredBy, reportId, replacedBy, withdrawnReason);
    }

    public RecordState state() {
        return RecordState.of(replacedBy, withdrawnReason);
    }
}
