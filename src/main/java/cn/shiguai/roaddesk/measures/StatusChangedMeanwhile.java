package cn.shiguai.roaddesk.measures;

import java.time.Instant;

/**
 * A status report refused because it was made from a stale view: since the officer opened the
 * item, someone at another seat (or another window) reported a newer status. It names who, when
 * and what they wrote, so the officer can choose; nothing of the refused report is recorded.
 *
 * @param newerId the status update the refused report did not know of
 */
public final class StatusChangedMeanwhile extends RuntimeException {
    private final long newerId;
    private final MeasureStatus status;
    private final String reportedBy;
    private final String enteredBy;
    private final Instant recordedAt;
    private final String note;

    public StatusChangedMeanwhile(long newerId, MeasureStatus status, String reportedBy, String enteredBy,
                                  Instant recordedAt, String note) {
        super("status update " + newerId + " was recorded by " + enteredBy + " at " + recordedAt
                + " after the view the report was based on");
        this.newerId = newerId;
        this.status = status;
        this.reportedBy = reportedBy;
        this.enteredBy = enteredBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    public long newerId() { return newerId; }
    public MeasureStatus status() { return status; }
    public String reportedBy() { return reportedBy; }
    public String enteredBy() { return enteredBy; }
    public Instant recordedAt() { return recordedAt; }
    /** Their note, or null. */
    public String note() { return note; }
}
