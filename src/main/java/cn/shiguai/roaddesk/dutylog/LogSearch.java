package cn.shiguai.roaddesk.dutylog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Finds entries by words in their text. Chinese is written without spaces, so H2's word
 * index (which splits on whitespace) cannot find 封闭 in 五当召镇旅游公路封闭; this scans the
 * text with LOCATE, newest first, and stops at the limit (measured in bench/README.md).
 */
final class LogSearch {
    private static final String SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l "
            + "WHERE LOCATE(?, l.text) > 0 ORDER BY l.seq DESC LIMIT ?";

    List<LogEntry> find(Connection c, String words, int limit) throws SQLException {
        String needle = words == null ? "" : words.strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, needle);
            ps.setInt(2, limit);
            return LogRows.read(c, ps);
        }
    }
}
