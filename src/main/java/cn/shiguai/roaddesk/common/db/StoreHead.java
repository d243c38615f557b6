package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The duty log's length and the hash of its last entry, read as stored: what a copy of the
 * store (a compacted file) must show to stand in for the original. An entry lost or changed at
 * the end shows here; the full read of the copy ({@link StoreCheck}) shows a page that does not
 * read anywhere else.
 */
record StoreHead(long entries, String headHash) {
    private static final String GENESIS = "0".repeat(64);

    static StoreHead read(Connection c) throws SQLException {
        long entries;
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM duty_log");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            entries = rs.getLong(1);
        }
        try (PreparedStatement head = c.prepareStatement("SELECT hash FROM duty_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = head.executeQuery()) {
            return new StoreHead(entries, rs.next() ? HexFormat.of().formatHex(rs.getBytes(1)) : GENESIS);
        }
    }
}
