package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.util.Objects;

/**
 * What one submission of the readings form holds, validated: a reading at one location, and
 * optionally the day's entered mean temperature and a traffic report for the same place.
 *
 * @param dailyMeanTempC the mean of the reading's day as entered, or null
 * @param traffic a traffic report, or null when no traffic field was filled in
 */
public record ReadingDraft(Observation observation, Double dailyMeanTempC, TrafficReport traffic) {

    public ReadingDraft {
        Objects.requireNonNull(observation, "observation");
    }
}
