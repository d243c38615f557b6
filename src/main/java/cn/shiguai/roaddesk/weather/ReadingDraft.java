package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.util.Objects;

/**
 * What one submission of the readings form holds, validated: a reading at one location, and
 * optionally the day's entered mean temperature and a traffic report for the same place.
 *
 * @param kind whether the location is the district's own or a neighbouring area's
 * @param dailyMeanTempC the mean of the reading's day as entered, or null
 * @param traffic a traffic report, or null when no traffic field was filled in
 */
public record ReadingDraft(Observation observation, LocationKind kind, Double dailyMeanTempC, TrafficReport traffic) {

    public ReadingDraft {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether there is a reading to keep, not only a traffic report or a daily mean. */
    public boolean hasReading() {
        return observation.hasAnyMeasurement();
    }

    /** A district reading with nothing else. */
    public static ReadingDraft of(Observation observation) {
        return new ReadingDraft(observation, LocationKind.DISTRICT, null, null);
    }
}
