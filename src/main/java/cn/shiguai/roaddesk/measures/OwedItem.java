package cn.shiguai.roaddesk.measures;

import java.time.Instant;

/**
 * A measure or standing task the active response owes to one position, with where it stands.
 *
 * @param holder who holds the position today, from the roster
 * @param lastUpdate when the status was last reported (the time the unit gave, to the minute), or null
 * @param recordedAt when that report was entered at the desk (the instant), or null when never:
 *                   what a reader has or has not seen is decided on this, not on the reported time
 */
public record OwedItem(long assignmentId, String positionKey, String positionTitle, int positionOrder, String holder,
                       Share share, String itemId, String title, String text, MeasureStatus status, Instant lastUpdate,
                       String reportedBy, String note, Instant addedAt, Instant recordedAt, long updateId) {

    /** Never updated: no status update to be based on. */
    public static final long NO_UPDATE = 0;

    /**
     * The same item, as if read after status update {@code newerId}: a report made from it records
     * the officer's choice over that one (after a refusal, {@link StatusChangedMeanwhile}).
     */
    public OwedItem basedOn(long newerId) {
        return new OwedItem(assignmentId, positionKey, positionTitle, positionOrder, holder, share, itemId, title, text,
                status, lastUpdate, reportedBy, note, addedAt, recordedAt, newerId);
    }

    public boolean isTask() {
        return itemId.startsWith("T.");
    }
}
