package cn.shiguai.roaddesk.dutylog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the duty log as stored. Hashes are lower-case hex.
 *
 * @param correctsSeq the entry this one corrects, or null
 * @param correctedBySeq the latest entry that corrects this one, or null: lists show the original as corrected
 * @param reason why this entry corrects another, or null
 * @param recordHashes the hash each covered link keeps of its record ({@link RecordHash}); links
 *                     without one are absent
 */
public record LogEntry(long seq, Instant occurredAt, Instant recordedAt, String author, LogCategory category,
                       String text, List<LogLink> links, Long correctsSeq, String prevHash, String hash,
                       Long correctedBySeq, String reason, Map<LogLink, String> recordHashes) {

    public LogEntry {
        links = List.copyOf(links);
        recordHashes = Map.copyOf(recordHashes);
    }

    public LogEntry(long seq, Instant occurredAt, Instant recordedAt, String author, LogCategory category, String text,
                    List<LogLink> links, Long correctsSeq, String prevHash, String hash, Long correctedBySeq,
                    String reason) {
        this(seq, occurredAt, recordedAt, author, category, text, links, correctsSeq, prevHash, hash, correctedBySeq,
                reason, Map.of());
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
