package cn.shiguai.roaddesk.measures;

import java.time.Instant;
import java.util.List;

/** Where the measures owed by the active response, and their status reports, are kept. */
public interface MeasureBoard {

    /** What the response in force owes, one line per position and item; empty when none is in force. */
    List<OwedItem> owed();

    /**
     * Records a status report; the item's previous status is kept in its history. Refused with
     * {@link StatusChangedMeanwhile} when the item's latest status update is not {@code basedOn}
     * (the one the officer saw; {@link OwedItem#NO_UPDATE} when none).
     */
    void update(StatusReport report, long basedOn);

    /**
     * A status report as a unit gave it.
     *
     * @param reportedBy who reported it (often by phone); {@code enteredBy} is who typed it in
     */
    record StatusReport(long assignmentId, MeasureStatus status, String reportedBy, String note, Instant reportedAt,
                        String enteredBy) { }
}
