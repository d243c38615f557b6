package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.Share;
import java.time.Instant;
import java.util.Objects;

/**
 * What one position owes for one measure or standing task of the response in force, and where
 * it stands, as the measures board has it.
 *
 * @param positionKey   the roster key, e.g. TRANSPORT; lines of one position are printed together
 * @param positionTitle the post as the plan names it, e.g. 区交通运输局局长
 * @param holder        who held the post on the report's day, or empty while vacant
 * @param itemId        "II.5" for a measure, "T.DAILY_REPORT" for a standing task
 * @param title         the catalogue's short gist
 * @param text          the plan's own sentence, verbatim
 * @param lastUpdate    when the status was last reported, or null when never
 * @param reportedBy    who reported the last update, or empty
 * @param note          the last update's note, or empty
 */
public record MeasureLine(String positionKey, String positionTitle, String holder, Share share, String itemId,
                          String title, String text, MeasureStatus status, Instant lastUpdate, String reportedBy,
                          String note) {
    public MeasureLine {
        Objects.requireNonNull(positionKey, "positionKey");
        Objects.requireNonNull(positionTitle, "positionTitle");
        holder = holder == null ? "" : holder.strip();
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        reportedBy = reportedBy == null ? "" : reportedBy.strip();
        note = note == null ? "" : note.strip();
    }

    public boolean isStandingTask() {
        return itemId.startsWith("T.");
    }
}
