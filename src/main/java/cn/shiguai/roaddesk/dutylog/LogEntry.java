package cn.shiguai.roaddesk.dutylog;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the duty log as stored. Hashes are lower-case hex.
 *
 * @param correctsSeq the entry this one corrects, or null
 * @param correctedBySeq the latest entry that corrects this one, or null: lists show the original as corrected
 * @param reason why this entry corrects another, or null
 */
public record LogEntry(long seq, Instant occurredAt, Instant recordedAt, String author, LogCategory category,
                       String text, List<LogLink> links, Long correctsSeq, String prevHash, String hash,
                       Long correctedBySeq, String reason) {

    public LogEntry {
        links = List.copyOf(links);
    }

    public LogEntry(long seq, Instant occurredAt, Instant recordedAt, String author, LogCategory category, String text,
                    List<LogLink> links, Long correctsSeq, String prevHash, String hash, Long correctedBySeq) {
        this(seq, occurredAt, recordedAt, author, category, text, links, correctsSeq, prevHash, hash, correctedBySeq,
                null);
    }

    public boolean isCorrected() {
        return correctedBySeq != null;
    }
}
