package cn.shiguai.roaddesk.measures;

import java.time.Instant;

/**
 * A measure or standing task the active response owes to one position, with where it stands.
 *
 * @param holder who holds the position today, from the roster
 * @param lastUpdate when the status was last reported, or null when never
 */
public record OwedItem(long assignmentId, String positionKey, String positionTitle, int positionOrder, String holder,
                       Share share, String itemId, String title, String text, MeasureStatus status, Instant lastUpdate,
                       String reportedBy, String note, Instant addedAt) {

    public boolean isTask() {
        return itemId.startsWith("T.");
    }
}
