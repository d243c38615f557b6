package cn.shiguai.roaddesk.dutylog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Recomputes the whole chain in order of sequence number, a page at a time (memory stays flat
 * however long the log), and stops at the first entry that is wrong. The next page is read
 * while the current one is hashed, so reading and hashing share the two cores. Works on any
 * connection, including a read-only one opened on a backup copy.
 */
public final class ChainVerifier {
    private static final int PAGE = 20_000;
    private static final String PAGE_SQL = "SELECT seq, occurred_at, recorded_at, author, category, text, "
            + "corrects_seq, prev_hash, hash, reason FROM duty_log WHERE seq > ? ORDER BY seq LIMIT ?";
    private static final String LINKS_SQL = "SELECT seq, target_type, target_id, record_hash FROM duty_log_link "
            + "WHERE seq BETWEEN ? AND ? ORDER BY seq, target_type, target_id";

    /** Told how far a long verify has come, after each page; answering false stops it. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (checked, total) -> true;

        boolean checked(long checked, long total);
    }

    private final EntryHash hasher = new EntryHash();
    private final Connection connection;
    private final Progress progress;
    private final long afterSeq;
    private final byte[] afterHash;

    private ChainVerifier(Connection connection, Progress progress, long afterSeq, byte[] afterHash) {
        this.connection = connection;
        this.progress = progress;
        this.afterSeq = afterSeq;
        this.afterHash = afterHash;
    }

    public static ChainReport verify(Connection c) throws SQLException {
        return verify(c, Progress.NONE);
    }

    /** @throws VerifyCancelledException when {@code progress} asks to stop; nothing is concluded then */
    public static ChainReport verify(Connection c, Progress progress) throws SQLException {
        return verifyAfter(c, 0, EntryHash.GENESIS, progress);
    }

    /**
     * Verifies the entries after {@code afterSeq}, taking {@code afterHash} as that entry's hash (an
     * earlier verify found it so; see {@link ChainCheckpoints}). The report counts the whole chain:
     * entries 1..afterSeq are vouched for by whoever chose the starting point.
     *
     * @throws VerifyCancelledException when {@code progress} asks to stop; nothing is concluded then
     */
    public static ChainReport verifyAfter(Connection c, long afterSeq, byte[] afterHash, Progress progress)
            throws SQLException {
        try {
            return new ChainVerifier(c, progress, afterSeq, afterHash.clone()).run();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private ChainReport run() throws SQLException {
        byte[] head = afterHash;
        long expected = afterSeq + 1;
        long total = progress == Progress.NONE ? 0 : lastSeq();
        CompletableFuture<Page> next = CompletableFuture.supplyAsync(() -> read(afterSeq));
        while (true) {
            Page page = next.join();
            if (page.rows.isEmpty()) {
                return ChainReport.intact(EntryHash.hex(head), expected - 1);
            }
            next = CompletableFuture.supplyAsync(() -> read(page.lastSeq()));
            for (Row row : page.rows) {
                long checked = expected - 1;
                ChainReport.Problem problem = null;
                if (row.seq != expected) {
                    next.join();
                    return ChainReport.broken(EntryHash.hex(head), checked, expected, ChainReport.Problem.DELETED);
                }
                if (!row.hashMatches(hasher, page.links.getOrDefault(row.seq, List.of()))) {
                    problem = ChainReport.Problem.EDITED;
                } else if (!Arrays.equals(row.prevHash, head)) {
                    next.join();
                    return misplaced(row, head, checked);
                }
                if (problem != null) {
                    next.join();
                    return ChainReport.broken(EntryHash.hex(head), checked, row.seq, problem);
                }
                head = row.hash;
                expected++;
            }
            if (!progress.checked(expected - 1, total)) {
                next.join();
                throw new VerifyCancelledException(expected - 1);
            }
        }
    }

    private long lastSeq() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM duty_log");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The row is intact but does not follow the entry before it; where its recorded predecessor is tells why. */
    private ChainReport misplaced(Row row, byte[] head, long checked) throws SQLException {
        String headHex = EntryHash.hex(head);
        if (Arrays.equals(row.prevHash, EntryHash.GENESIS)) {
            return ChainReport.broken(headHex, checked, row.seq, ChainReport.Problem.REORDERED);
        }
        boolean predecessorExists;
        try (PreparedStatement find = connection.prepareStatement("SELECT seq FROM duty_log WHERE hash = ?")) {
            find.setBytes(1, row.prevHash);
            try (ResultSet rs = find.executeQuery()) {
                predecessorExists = rs.next();
            }
        }
        // Predecessor gone: removed (the rest renumbered), or rewritten with a forged hash.
        return ChainReport.broken(headHex, checked, row.seq,
                predecessorExists ? ChainReport.Problem.REORDERED : ChainReport.Problem.DELETED);
    }

    private Page read(long after) {
        try (PreparedStatement pages = connection.prepareStatement(PAGE_SQL)) {
            pages.setLong(1, after);
            pages.setInt(2, PAGE);
            List<Row> rows = new ArrayList<>(PAGE);
            try (ResultSet rs = pages.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), instant(rs, 2), instant(rs, 3), rs.getString(4), rs.getString(5),
                            rs.getString(6), (Long) rs.getObject(7), rs.getBytes(8), rs.getBytes(9), rs.getString(10)));
                }
            }
            Map<Long, List<Linked>> links = rows.isEmpty() ? Map.of()
                    : links(rows.get(0).seq, rows.get(rows.size() - 1).seq);
            return new Page(rows, links);
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    private Map<Long, List<Linked>> links(long first, long last) throws SQLException {
        Map<Long, List<Linked>> links = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(LINKS_SQL)) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LinkType type;
                    try {
                        type = LinkType.valueOf(rs.getString(2));
                    } catch (IllegalArgumentException e) {
                        type = null; // only an edit can write an unknown type: the entry will not match
                    }
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Linked(type == null ? null : LogLink.to(type, rs.getLong(3)), rs.getString(4)));
                }
            }
        }
        for (List<Linked> list : links.values()) {
            if (list.stream().noneMatch(l -> l.link() == null)) {
                list.sort(java.util.Comparator.comparing(Linked::link));
            }
        }
        return links;
    }

    /** A link as stored, with the hash of its record (null when the record is not covered). */
    private record Linked(LogLink link, String recordHash) { }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record Page(List<Row> rows, Map<Long, List<Linked>> links) {
        long lastSeq() {
            return rows.get(rows.size() - 1).seq;
        }
    }

    private record Row(long seq, Instant occurredAt, Instant recordedAt, String author, String category, String text,
                       Long correctsSeq, byte[] prevHash, byte[] hash, String reason) {

        boolean hashMatches(EntryHash hasher, List<Linked> linked) {
            if (prevHash == null || hash == null || occurredAt == null || recordedAt == null
                    || linked.stream().anyMatch(l -> l.link() == null)) {
                return false;
            }
            List<LogLink> sortedLinks = linked.stream().map(Linked::link).toList();
            List<String> recordHashes = linked.stream().map(Linked::recordHash).toList();
            LogCategory parsed;
            try {
                parsed = LogCategory.valueOf(category);
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
            return Arrays.equals(hasher.hash(prevHash, occurredAt, recordedAt, author, parsed, text, correctsSeq,
                    sortedLinks, reason, recordHashes), hash);
        }
    }
}
