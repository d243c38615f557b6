package cn.shiguai.roaddesk.dutylog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds entries by words in their text, newest first. H2's own full-text index splits words on
 * whitespace and cannot find 封闭 in 五当召镇旅游公路封闭. A plain scan (LOCATE over every row)
 * costs seconds at a million entries; this keeps a small block index of characters and bigrams
 * ({@link SearchGrams}), asks it which blocks can hold the words, and scans only those, newest
 * block first, stopping at the limit. The figures are in bench/README.md.
 *
 * <p>The index is derived data, written in the same transaction as the entry; it is not part of
 * the hash chain (a tampered index can hide an entry from search, never alter one).
 */
final class LogSearch {
    private static final String INDEX_SQL = "INSERT INTO duty_log_gram (gram, block) SELECT ?, ? "
            + "WHERE NOT EXISTS (SELECT 1 FROM duty_log_gram WHERE gram = ? AND block = ?)";
    private static final String BLOCKS_SQL = "SELECT block FROM duty_log_gram WHERE gram = ANY(?) "
            + "GROUP BY block HAVING COUNT(*) = ? ORDER BY block DESC";
    private static final String SCAN_SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l "
            + "WHERE l.seq BETWEEN ? AND ? AND POSITION(? IN LOWER(l.text)) > 0 ORDER BY l.seq DESC LIMIT ?";

    /** Records the grams of a new entry's text; part of the append's transaction. */
    void index(Connection txn, long seq, String text) throws SQLException {
        int block = SearchGrams.block(seq);
        try (PreparedStatement ps = txn.prepareStatement(INDEX_SQL)) {
            for (int gram : SearchGrams.ofText(text)) {
                ps.setInt(1, gram);
                ps.setInt(2, block);
                ps.setInt(3, gram);
                ps.setInt(4, block);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<LogEntry> find(Connection c, String words, int limit) throws SQLException {
        String needle = words == null ? "" : words.strip();
        if (needle.isEmpty() || limit < 1) {
            return List.of();
        }
        List<LogEntry> found = new ArrayList<>();
        for (int block : candidateBlocks(c, SearchGrams.ofNeedle(needle))) {
            try (PreparedStatement ps = c.prepareStatement(SCAN_SQL)) {
                ps.setLong(1, SearchGrams.firstSeq(block));
                ps.setLong(2, SearchGrams.lastSeq(block));
                ps.setString(3, needle.toLowerCase(java.util.Locale.ROOT));
                ps.setInt(4, limit - found.size());
                found.addAll(LogRows.read(c, ps));
            }
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }

    private static List<Integer> candidateBlocks(Connection c, Set<Integer> grams) throws SQLException {
        List<Integer> blocks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(BLOCKS_SQL)) {
            ps.setObject(1, grams.toArray(new Integer[0]));
            ps.setInt(2, grams.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(rs.getInt(1));
                }
            }
        }
        return blocks;
    }
}
