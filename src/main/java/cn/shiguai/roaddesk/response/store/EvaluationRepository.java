package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** Evaluations kept because a decision or a report relied on them. */
public final class EvaluationRepository {
    private final Database database;
    private final DutyLog log;

    public EvaluationRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public EvaluationRecord record(LocalDate day, String ruleSet, ResponseLevel level, String purpose,
                                   String requestedBy, String inputsJson, String resultJson) {
        return database.write(txn -> record(txn, day, ruleSet, level, purpose, requestedBy, inputsJson, resultJson));
    }

    public EvaluationRecord record(Connection txn, LocalDate day, String ruleSet, ResponseLevel level, String purpose,
                                   String requestedBy, String inputsJson, String resultJson) throws SQLException {
        long id;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO evaluation (evaluated_at, eval_day, rule_set, level, "
                + "purpose, requested_by, inputs_json, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.setInstant(ps, 1, database.now());
            Jdbc.setDate(ps, 2, day);
            ps.setString(3, ruleSet);
            ps.setString(4, level.code());
            ps.setString(5, purpose);
            ps.setString(6, requestedBy);
            ps.setString(7, inputsJson);
            ps.setString(8, resultJson);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        log.append(txn, LogDraft.of(requestedBy, LogCategory.EVALUATION, RecordLanguage.text("log.text.evaluation",
                RecordLanguage.date(day), RecordLanguage.text("level." + level.code() + ".name"), ruleSet,
                RecordLanguage.text("log.value.purpose." + purpose)))
                .concerning(LinkType.EVALUATION, id));
        return get(txn, id).orElseThrow();
    }

    public Optional<EvaluationRecord> get(long id) {
        return database.read(c -> get(c, id));
    }

    private static Optional<EvaluationRecord> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, evaluated_at, eval_day, rule_set, level, purpose, "
                + "requested_by, inputs_json, result_json FROM evaluation WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EvaluationRecord(rs.getLong("id"), Jdbc.instant(rs, "evaluated_at"),
                        Jdbc.date(rs, "eval_day"), rs.getString("rule_set"), ResponseLevel.fromCode(rs.getString("level")),
                        rs.getString("purpose"), rs.getString("requested_by"), rs.getString("inputs_json"),
                        rs.getString("result_json")));
            }
        }
    }
}
