package cn.shiguai.roaddesk.weather;

import java.time.Instant;

/** A kept submission with who entered it and when it was recorded. */
public record ReadingRecord(long id, ReadingDraft draft, String enteredBy, Instant recordedAt) {

    public boolean neighbouring() {
        return draft.kind() == LocationKind.NEIGHBOUR;
    }
}
