package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One owed item as the measures table shows it.
 *
 * @param changed updated (or added) since the reader last looked, in review mode
 * @param quiet not updated for longer than the filter's hours
 */
public record MeasureRow(OwedItem item, String label, String share, String statusText, String lastUpdate,
                         String reportedBy, boolean changed, boolean quiet) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    static MeasureRow of(OwedItem item, Messages messages, ZoneId zone, Instant lastLook, Instant now, Duration quietAfter) {
        Instant last = item.lastUpdate() == null ? item.addedAt() : item.lastUpdate();
        // Seen or not is a matter of when the change reached the desk, to the instant: a report
        // given as 09:40 and entered at 09:40:50 is new to a reader who looked at 09:40:35.
        Instant entered = item.recordedAt() == null ? item.addedAt() : item.recordedAt();
        boolean changed = lastLook != null && entered.isAfter(lastLook);
        boolean quiet = quietAfter != null && item.status() != MeasureStatus.DONE
                && Duration.between(last, now).compareTo(quietAfter) > 0;
        String label = item.isTask() ? messages.format("measures.task", item.title()) : item.itemId() + " " + item.title();
        return new MeasureRow(item, label, messages.get(item.share().labelKey()),
                messages.get(item.status().labelKey()),
                item.lastUpdate() == null ? messages.get("measures.never") : TIME.format(item.lastUpdate().atZone(zone)),
                item.reportedBy() == null ? "" : item.reportedBy(), changed, quiet);
    }

    public MeasureStatus status() {
        return item.status();
    }
}
