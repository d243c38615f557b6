package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Withdrawals of readings and traffic reports: a row naming what is withdrawn and why. The
 * record itself is never changed; a withdrawn one stays listed, struck through.
 */
final class RecordWithdrawals {
    static final String READING = "READING";
    static final String TRAFFIC = "TRAFFIC";
    static final int MAX_REASON = 1000;

    private final Database database;

    RecordWithdrawals(Database database) {
        this.database = database;
    }

    /** @return the withdrawal's id */
    long withdraw(Connection txn, String type, long recordId, String reason, String by) throws SQLException {
        String why = requireReason(reason);
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO record_withdrawal (record_type, record_id, reason, "
                + "withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, type);
            ps.setLong(2, recordId);
            ps.setString(3, why);
            ps.setString(4, by);
            Jdbc.setInstant(ps, 5, database.now());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** A correction or withdrawal says why, in words: refused without one. */
    static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new LocalizedException("correction.problem.reason");
        }
        if (why.codePointCount(0, why.length()) > MAX_REASON) {
            throw new LocalizedException("correction.problem.reasonLong", MAX_REASON);
        }
        return why;
    }
}
