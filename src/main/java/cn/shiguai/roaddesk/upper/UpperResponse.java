package cn.shiguai.roaddesk.upper;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * A response level announced by a level of government above the district, as recorded. Never
 * the district's own level: nothing here reaches the rules or the district's decisions.
 *
 * @param announcedBy who announced it ("包头市", "内蒙古自治区"): the level of government
 * @param level       I–IV, or {@link ResponseLevel#NONE} for an announcement that ends its response
 * @param since       from when, as the announcement says
 * @param docNumber   the document number ("包政办发〔2026〕12号"), or null when none was given
 * @param source      the feed it was taken from, or null when entered by hand
 */
public record UpperResponse(long id, String announcedBy, ResponseLevel level, Instant since, String docNumber,
                            String source, String enteredBy, Instant recordedAt) {
    public UpperResponse {
        Objects.requireNonNull(announcedBy, "announcedBy");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(since, "since");
    }

    /** An announcement that ends the response of its level of government. */
    public boolean ends() {
        return level == ResponseLevel.NONE;
    }

    public boolean enteredByHand() {
        return source == null;
    }
}
