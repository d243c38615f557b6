package cn.shiguai.roaddesk.weather;

import java.time.Instant;
import java.util.Objects;

/**
 * A report on one main road, as stored (the engine's own form is {@code rules.TrafficReport}).
 *
 * @param id 0 for a report not yet stored
 * @param recordedAt null for a report not yet stored
 */
public record TrafficEntry(long id, String road, Instant observedAt, Instant recordedAt, double cutHours,
                           double queueKm, boolean interruptionLikely, String note, ReadingSource source,
                           String enteredBy) {

    public TrafficEntry {
        Objects.requireNonNull(road, "road");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }

    public static TrafficEntry draft(String road, Instant observedAt, double cutHours, double queueKm,
                                      boolean interruptionLikely, String enteredBy) {
        return new TrafficEntry(0, road, observedAt, null, cutHours, queueKm, interruptionLikely, null,
                ReadingSource.MANUAL, enteredBy);
    }
}
