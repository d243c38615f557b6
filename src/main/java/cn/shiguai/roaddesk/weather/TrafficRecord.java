package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.Instant;

/**
 * A kept traffic report with who entered it and when.
 *
 * @param state  whether it still counts, or was replaced or withdrawn
 * @param reason why it was withdrawn, or why it replaced another; null otherwise
 */
public record TrafficRecord(long id, TrafficReport report, String enteredBy, Instant recordedAt, RecordState state,
                            String reason) {

    public TrafficRecord(long id, TrafficReport report, String enteredBy, Instant recordedAt) {
        this(id, report, enteredBy, recordedAt, RecordState.STANDING, null);
    }
}
