package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.DecisionKind;

import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The response_decision table. */
final class DecisionRows {

    private static final String SELECT = "SELECT d.*, a.rule_set, "
            + "(SELECT x.id FROM response_decision x WHERE x.corrects_id = d.id) AS corrected_by "
            + "FROM response_decision d JOIN activation a ON a.id = d.activation_id ";

    private DecisionRows() {
    }

    /** The correction of a decision recorded by mistake: a decision row naming it, with the reason. */
    static long insertCorrection(Connection txn, long activationId, ResponseLevel previous, Instant recordedAt,
                                 DecisionDraft d, long correctsId, String reason) throws SQLException {
        return insert(txn, activationId, previous, recordedAt, d, correctsId, reason);
    }

    static long insert(Connection txn, long activationId, ResponseLevel previous, Instant recordedAt, DecisionDraft d)
            throws SQLException {
        return insert(txn, activationId, previous, recordedAt, d, null, null);
    }

    private static long insert(Connection txn, long activationId, ResponseLevel previous, Instant recordedAt,
                               DecisionDraft d, Long correctsId, String correctionReason) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO response_decision (activation_id, kind, level, "
                + "previous_level, recommended_level, evaluation_id, decided_by_person, decided_by_position, "
                + "authority_basis, ordered_by, reason, entered_by, decided_at, recorded_at, corrects_id, "
                + "correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, activationId);
            ps.setString(2, d.kind().name());
            ps.setString(3, d.level().code());
            ps.setString(4, previous.code());
            ps.setString(5, d.recommendedLevel().code());
            Jdbc.setLong(ps, 6, d.evaluationId());
            ps.setString(7, d.decidedByPerson());
            ps.setString(8, d.decidedByPosition());
            ps.setString(9, d.authorityBasis());
            ps.setString(10, d.orderedBy());
            ps.setString(11, d.reason());
            ps.setString(12, d.enteredBy());
            Jdbc.setInstant(ps, 13, d.decidedAt());
            Jdbc.setInstant(ps, 14, recordedAt);
            Jdbc.setLong(ps, 15, correctsId);
            ps.setString(16, correctionReason);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    static List<StoredDecision> of(Connection c, long activationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE d.activation_id = ? ORDER BY d.decided_at, d.id")) {
            ps.setLong(1, activationId);
            return read(ps);
        }
    }

    static List<StoredDecision> recent(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY d.decided_at DESC, d.id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            return read(ps);
        }
    }

    private static List<StoredDecision> read(PreparedStatement ps) throws SQLException {
        List<StoredDecision> decisions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DecisionDraft draft = new DecisionDraft(DecisionKind.valueOf(rs.getString("kind")),
                        ResponseLevel.fromCode(rs.getString("level")),
                        ResponseLevel.fromCode(rs.getString("recommended_level")),
                        Jdbc.nullableLong(rs, "evaluation_id"), rs.getString("decided_by_person"),
                        rs.getString("decided_by_position"), rs.getString("authority_basis"),
                        rs.getString("ordered_by"), rs.getString("reason"), rs.getString("entered_by"),
                        Jdbc.instant(rs, "decided_at"), rs.getString("rule_set"));
                decisions.add(new StoredDecision(rs.getLong("id"), rs.getLong("activation_id"),
                        ResponseLevel.fromCode(rs.getString("previous_level")), Jdbc.instant(rs, "recorded_at"), draft,
                        Jdbc.nullableLong(rs, "corrects_id"), rs.getString("correction_reason"),
                        Jdbc.nullableLong(rs, "corrected_by")));
            }
        }
        return decisions;
    }
}
