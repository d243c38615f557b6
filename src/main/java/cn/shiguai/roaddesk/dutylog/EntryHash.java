package cn.shiguai.roaddesk.dutylog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain's hash: {@code hash = SHA-256(prev_hash ‖ canonical(entry))}, where prev_hash is
 * the previous entry's 32 raw hash bytes (32 zero bytes before the first entry) and
 * {@code canonical(entry)} is this sequence of fields, each written as a 4-byte big-endian
 * length followed by that many bytes of UTF-8 (an absent field is the length -1 and no bytes):
 * <ol>
 *   <li>the format tag {@code roaddesk-log-1}</li>
 *   <li>time occurred, ISO-8601 in UTC with exactly six fraction digits, e.g. {@code 2026-01-12T00:30:00.000000Z}</li>
 *   <li>time recorded, the same way</li>
 *   <li>author</li>
 *   <li>category, its upper-case name, e.g. {@code PHONE_IN}</li>
 *   <li>text</li>
 *   <li>sequence number of the corrected entry, in decimal; absent when none</li>
 *   <li>number of links, in decimal; then for each link, sorted by type name and then id: type name, id in
 *       decimal and, only in format {@code roaddesk-log-2}, the hash of the linked record's canonical
 *       text ({@link RecordHash}; absent for a record of a kind not covered)</li>
 *   <li>only for an entry that gives one (a correction's reason): the reason; an entry without a
 *       reason ends after the links, so entries written before reasons existed hash as they did</li>
 * </ol>
 * An entry with at least one record hash is hashed in format {@code roaddesk-log-2} (that tag in
 * the first field); every other entry in format {@code roaddesk-log-1}, as entries were before
 * records were covered, so old entries hash as they did.
 * The entry's own sequence number is not hashed: its place is fixed by the chain itself, and
 * {@code verify} checks that the numbers run 1, 2, 3… without a gap. That lets verify tell a
 * reordered pair (each row intact, linked to the wrong predecessor) from an edited row.
 * Anyone can recompute the chain from a {@code log list --format jsonl} export with this page.
 */
public final class EntryHash {
    public static final int LENGTH = 32;
    public static final byte[] GENESIS = new byte[LENGTH];
    static final String FORMAT_TAG = "roaddesk-log-1";
    static final String FORMAT_TAG_WITH_RECORDS = "roaddesk-log-2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    private static final int TIME_LENGTH = "2026-01-12T00:30:00.000000Z".length();

    private final MessageDigest sha256;
    private final Buffer buffer = new Buffer();

    /** Not thread-safe: one per verification or per append. */
    public EntryHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public byte[] hash(byte[] prevHash, Instant occurredAt, Instant recordedAt, String author, LogCategory category,
                       String text, Long correctsSeq, List<LogLink> sortedLinks) {
        return hash(prevHash, occurredAt, recordedAt, author, category, text, correctsSeq, sortedLinks, null);
    }

    /** @param reason why the entry corrects another; null for most entries */
    public byte[] hash(byte[] prevHash, Instant occurredAt, Instant recordedAt, String author, LogCategory category,
                       String text, Long correctsSeq, List<LogLink> sortedLinks, String reason) {
        return hash(prevHash, occurredAt, recordedAt, author, category, text, correctsSeq, sortedLinks, reason, null);
    }

    /**
     * @param recordHashes for each of {@code sortedLinks}, in the same order, the hash of its record
     *                     or null; null (or all null) for an entry that covers no record
     */
    public byte[] hash(byte[] prevHash, Instant occurredAt, Instant recordedAt, String author, LogCategory category,
                       String text, Long correctsSeq, List<LogLink> sortedLinks, String reason,
                       List<String> recordHashes) {
        boolean withRecords = recordHashes != null && recordHashes.stream().anyMatch(java.util.Objects::nonNull);
        buffer.reset();
        field(withRecords ? FORMAT_TAG_WITH_RECORDS : FORMAT_TAG);
        timeField(occurredAt);
        timeField(recordedAt);
        field(author);
        field(category.name());
        field(text);
        field(correctsSeq == null ? null : correctsSeq.toString());
        field(Integer.toString(sortedLinks.size()));
        for (int i = 0; i < sortedLinks.size(); i++) {
            LogLink link = sortedLinks.get(i);
            field(link.type().name());
            field(Long.toString(link.id()));
            if (withRecords) {
                field(recordHashes.get(i));
            }
        }
        if (reason != null) {
            field(reason);
        }
        sha256.reset();
        sha256.update(prevHash);
        sha256.update(buffer.buffer(), 0, buffer.size());
        return sha256.digest();
    }

    /**
     * Writes a time as {@link #formatTime} would, without building a String: verify hashes two
     * times per entry, and DateTimeFormatter alone cost over a second per million entries.
     */
    private void timeField(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            field(TIME.format(time));
            return;
        }
        writeInt(TIME_LENGTH);
        digits(t.getYear(), 4);
        buffer.write('-');
        digits(t.getMonthValue(), 2);
        buffer.write('-');
        digits(t.getDayOfMonth(), 2);
        buffer.write('T');
        digits(t.getHour(), 2);
        buffer.write(':');
        digits(t.getMinute(), 2);
        buffer.write(':');
        digits(t.getSecond(), 2);
        buffer.write('.');
        digits(t.getNano() / 1000, 6);
        buffer.write('Z');
    }

    private void digits(int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            buffer.write('0' + (value / divisor) % 10);
        }
    }

    private void field(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        buffer.writeBytes(bytes);
    }

    private void writeInt(int v) {
        buffer.write(v >>> 24);
        buffer.write(v >>> 16);
        buffer.write(v >>> 8);
        buffer.write(v);
    }

    /** A time as it is hashed: ISO-8601 UTC with six fraction digits. */
    public static String formatTime(Instant time) {
        return TIME.format(time);
    }

    /**
     * A growable byte array the digest reads in place. Not ByteArrayOutputStream: its
     * synchronized write(int) cost a lock per byte, about a second per million entries.
     */
    private static final class Buffer {
        private byte[] bytes = new byte[512];
        private int size;

        void reset() {
            size = 0;
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        void writeBytes(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(size * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        byte[] buffer() {
            return bytes;
        }

        int size() {
            return size;
        }
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }
}
