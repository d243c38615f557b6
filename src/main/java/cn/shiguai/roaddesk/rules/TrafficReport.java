package cn.shiguai.roaddesk.rules;

import java.time.LocalDateTime;

/**
 * The state of one main road: how long it has been cut, how long the queue of stranded
 * vehicles is, and whether an interruption is likely. Both numbers of the §四 traffic
 * clause must come from the same report (the same cut causes the queue).
 *
 * @param road what the report is about; may be empty when a scenario gives one overall figure
 * @param time when it was reported; may be null for a scenario's overall figure
 */
public record TrafficReport(String road, LocalDateTime time, double cutHours, double queueKm,
                            boolean interruptionLikely) {

    public TrafficReport {
        road = road == null ? "" : road;
    }

    public static TrafficReport none() {
        return new TrafficReport("", null, 0, 0, false);
    }
}
