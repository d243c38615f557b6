package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the whole chain in order of sequence number, a page at a time (memory stays
 * flat however long the log), and stops at the first entry that is wrong. Works on any
 * connection, including a read-only one opened on a backup copy.
 */
public final class ChainVerifier {
    private static final int PAGE = 20_000;
    private static final String PAGE_SQL = "SELECT seq, occurred_at, recorded_at, author, category, text, "
            + "corrects_seq, prev_hash, hash FROM duty_log WHERE seq > ? ORDER BY seq LIMIT ?";
    private static final String LINKS_SQL = "SELECT seq, target_type, target_id FROM duty_log_link "
            + "WHERE seq BETWEEN ? AND ? ORDER BY seq";

    private final EntryHash hasher = new EntryHash();

    private ChainVerifier() {
    }

    public static ChainReport verify(Connection c) throws SQLException {
        return new ChainVerifier().run(c);
    }

    private ChainReport run(Connection c) throws SQLException {
        byte[] head = EntryHash.GENESIS;
        long expected = 1;
        try (PreparedStatement pages = c.prepareStatement(PAGE_SQL);
             PreparedStatement linkPages = c.prepareStatement(LINKS_SQL)) {
            while (true) {
                List<Row> page = page(pages, expected - 1);
                if (page.isEmpty()) {
                    return ChainReport.intact(EntryHash.hex(head), expected - 1);
                }
                Map<Long, List<LogLink>> links = links(linkPages, page.get(0).seq, page.get(page.size() - 1).seq);
                for (Row row : page) {
                    long checked = expected - 1;
                    if (row.seq != expected) {
                        return ChainReport.broken(EntryHash.hex(head), checked, expected, ChainReport.Problem.DELETED);
                    }
                    if (!row.hashMatches(hasher, links.getOrDefault(row.seq, List.of()))) {
                        return ChainReport.broken(EntryHash.hex(head), checked, row.seq, ChainReport.Problem.EDITED);
                    }
                    if (!Arrays.equals(row.prevHash, head)) {
                        return misplaced(c, row, head, checked);
                    }
                    head = row.hash;
                    expected++;
                }
            }
        }
    }

    /**
     * The row is intact but does not follow the entry before it. Where its recorded
     * predecessor is now tells what happened.
     */
    private static ChainReport misplaced(Connection c, Row row, byte[] head, long checked) throws SQLException {
        String headHex = EntryHash.hex(head);
        if (Arrays.equals(row.prevHash, EntryHash.GENESIS)) {
            return ChainReport.broken(headHex, checked, row.seq, ChainReport.Problem.REORDERED);
        }
        Long predecessor = null;
        try (PreparedStatement find = c.prepareStatement("SELECT seq FROM duty_log WHERE hash = ?")) {
            find.setBytes(1, row.prevHash);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    predecessor = rs.getLong(1);
                }
            }
        }
        if (predecessor == null) {
            // Its predecessor is gone: removed (and the rest renumbered), or rewritten with a forged hash.
            return ChainReport.broken(headHex, checked, row.seq, ChainReport.Problem.DELETED);
        }
        return ChainReport.broken(headHex, checked, row.seq, ChainReport.Problem.REORDERED);
    }

    private static List<Row> page(PreparedStatement pages, long after) throws SQLException {
        pages.setLong(1, after);
        pages.setInt(2, PAGE);
        List<Row> rows = new ArrayList<>(PAGE);
        try (ResultSet rs = pages.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), Jdbc.instant(rs, "occurred_at"), Jdbc.instant(rs, "recorded_at"),
                        rs.getString(4), rs.getString(5), rs.getString(6), Jdbc.nullableLong(rs, "corrects_seq"),
                        rs.getBytes(8), rs.getBytes(9)));
            }
        }
        return rows;
    }

    private static Map<Long, List<LogLink>> links(PreparedStatement linkPages, long first, long last)
            throws SQLException {
        linkPages.setLong(1, first);
        linkPages.setLong(2, last);
        Map<Long, List<LogLink>> links = new HashMap<>();
        try (ResultSet rs = linkPages.executeQuery()) {
            while (rs.next()) {
                LinkType type;
                try {
                    type = LinkType.valueOf(rs.getString(2));
                } catch (IllegalArgumentException e) {
                    type = null;
                }
                // An unknown type can only come from an edit; a null marks the entry as not matching.
                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(type == null ? null : LogLink.to(type, rs.getLong(3)));
            }
        }
        return links;
    }

    private record Row(long seq, Instant occurredAt, Instant recordedAt, String author, String category, String text,
                       Long correctsSeq, byte[] prevHash, byte[] hash) {

        boolean hashMatches(EntryHash hasher, List<LogLink> links) {
            if (links.stream().anyMatch(java.util.Objects::isNull) || prevHash == null || hash == null) {
                return false;
            }
            LogCategory parsed;
            try {
                parsed = LogCategory.valueOf(category);
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
            List<LogLink> sorted = links.stream().sorted().toList();
            byte[] recomputed = hasher.hash(prevHash, occurredAt, recordedAt, author, parsed, text, correctsSeq, sorted);
            return Arrays.equals(recomputed, hash);
        }
    }
}
