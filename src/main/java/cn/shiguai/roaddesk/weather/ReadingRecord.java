package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/**
 * A kept submission with who entered it and when it was recorded.
 *
 * @param state   whether it still counts, or was replaced or withdrawn
 * @param reason  why it was withdrawn, or why it replaced another; null otherwise
 * @param replaces the reading this one replaced, or null
 * @param sourceRef the station file or web source it was taken from, or null when typed
 */
public record ReadingRecord(long id, ReadingDraft draft, String enteredBy, Instant recordedAt, RecordState state,
                            String reason, Long replaces, String sourceRef) {

    public ReadingRecord(long id, ReadingDraft draft, String enteredBy, Instant recordedAt) {
        this(id, draft, enteredBy, recordedAt, RecordState.STANDING, null, null, null);
    }

    public ReadingRecord(long id, ReadingDraft draft, String enteredBy, Instant recordedAt, RecordState state,
                         String reason, Long replaces) {
        this(id, draft, enteredBy, recordedAt, state, reason, replaces, null);
    }

    public boolean neighbouring() {
        return draft.kind() == LocationKind.NEIGHBOUR;
    }
}
