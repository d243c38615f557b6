package cn.shiguai.roaddesk.upper;

import java.time.Instant;
import java.util.List;

/** Where announcements are kept, append-only, each with the duty-log entry that records it. */
public interface UpperResponseStore {

    /** Keeps the announcement and logs it in the same transaction, the row first so the entry carries its hash. */
    UpperResponse record(UpperAnnouncement announcement, String enteredBy);

    /** Every announcement that had taken effect and had been recorded at {@code moment}, in any order. */
    List<UpperResponse> effectiveAt(Instant moment);
}
