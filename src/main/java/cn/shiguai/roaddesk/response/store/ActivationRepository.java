package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.DecisionKind;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Responses and the decisions that start, change and end them. A decision, the activation's
 * new state and the decision's log entry are written in one transaction. Whether the person
 * may take the decision is checked before, by the response rules; this checks only that the
 * decision fits the activation's state (one open response; RAISE goes up, LOWER down).
 */
public final class ActivationRepository {
    private static final String ACTIVATION_COLUMNS = "id, started_at, ended_at, current_level, rule_set";

    private final Database database;
    private final DutyLog log;

    public ActivationRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public StoredDecision decide(DecisionDraft draft) {
        return database.write(txn -> decide(txn, draft));
    }

    public StoredDecision decide(Connection txn, DecisionDraft d) throws SQLException {
        Optional<Activation> open = active(txn);
        ResponseLevel previous = open.map(Activation::currentLevel).orElse(ResponseLevel.NONE);
        checkFits(d, open.isPresent(), previous);
        long activationId = d.kind() == DecisionKind.START ? start(txn, d) : open.orElseThrow().id();
        if (d.kind() == DecisionKind.END) {
            update(txn, "UPDATE activation SET ended_at = ? WHERE id = ?", d, activationId);
        } else if (d.kind() != DecisionKind.START) {
            update(txn, "UPDATE activation SET current_level = ? WHERE id = ?", d, activationId);
        }
        long id = DecisionRows.insert(txn, activationId, previous, database.now(), d);
        LogDraft entry = LogDraft.of(d.enteredBy(), LogCategory.DECISION, text(d, previous, positionTitle(txn, d)))
                .occurredAt(d.decidedAt())
                .concerning(LinkType.ACTIVATION, activationId).concerning(LinkType.DECISION, id);
        log.append(txn, d.evaluationId() == null ? entry : entry.concerning(LinkType.EVALUATION, d.evaluationId()));
        return DecisionRows.of(txn, activationId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /**
     * Records the correction of {@code mistake} (the latest decision of its response) inside the
     * caller's transaction: the correcting row, the response's level put as the correct record
     * says (a voided start or a corrected end closes it, a voided end reopens it), and the log
     * entry naming both decisions and the reason.
     */
    public StoredDecision correct(Connection txn, StoredDecision mistake, DecisionDraft correct, String reason)
            throws SQLException {
        List<StoredDecision> standing = DecisionRows.of(txn, mistake.activationId()).stream()
                .filter(StoredDecision::effective).toList();
        StoredDecision latest = standing.get(standing.size() - 1);
        if (latest.id() != mistake.id()) {
            throw new IllegalStateException("decision " + mistake.id() + " is not the latest of its response");
        }
        ResponseLevel restored = correct.level();
        try (PreparedStatement ps = txn.prepareStatement(restored.isResponse()
                ? "UPDATE activation SET current_level = ?, ended_at = NULL WHERE id = ?"
                : "UPDATE activation SET ended_at = ? WHERE id = ?")) {
            if (restored.isResponse()) {
                ps.setString(1, restored.code());
            } else {
                Jdbc.setInstant(ps, 1, correct.decidedAt());
            }
            ps.setLong(2, mistake.activationId());
            ps.executeUpdate();
        }
        long id = DecisionRows.insertCorrection(txn, mistake.activationId(), mistake.previousLevel(), database.now(),
                correct, mistake.id(), reason);
        String was = text(mistake.decision(), mistake.previousLevel(), positionTitle(txn, mistake.decision()));
        String text = correct.kind() == DecisionKind.VOID
                ? RecordLanguage.text("log.text.decisionVoided", mistake.id(), was,
                        RecordLanguage.text("level." + restored.code() + ".name"), correct.decidedByPerson(), reason)
                : RecordLanguage.text("log.text.decisionCorrected", mistake.id(), was,
                        text(correct, mistake.previousLevel(), positionTitle(txn, correct)), reason);
        log.append(txn, LogDraft.of(correct.enteredBy(), LogCategory.DECISION, text).occurredAt(correct.decidedAt())
                .concerning(LinkType.ACTIVATION, mistake.activationId()).concerning(LinkType.DECISION, mistake.id())
                .concerning(LinkType.DECISION, id));
        return DecisionRows.of(txn, mistake.activationId()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** The decisions of a response as the caller's transaction sees them. */
    public List<StoredDecision> decisions(Connection txn, long activationId) throws SQLException {
        return DecisionRows.of(txn, activationId);
    }

    public Optional<Activation> active() {
        return database.read(ActivationRepository::active);
    }

    public List<Activation> all() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTIVATION_COLUMNS
                    + " FROM activation ORDER BY started_at DESC, id DESC")) {
                return read(ps);
            }
        });
    }

    public List<StoredDecision> decisions(long activationId) {
        return database.read(c -> DecisionRows.of(c, activationId));
    }

    /** Decisions of every activation, newest first. */
    public List<StoredDecision> recentDecisions(int limit) {
        return database.read(c -> DecisionRows.recent(c, limit));
    }

    private static void checkFits(DecisionDraft d, boolean active, ResponseLevel previous) {
        boolean fits = switch (d.kind()) {
            case START -> !active;
            case RAISE -> active && d.level().isMoreSevereThan(previous);
            case LOWER -> active && previous.isMoreSevereThan(d.level());
            case END -> active;
            case VOID -> false;
        };
        if (!fits) {
            throw new IllegalStateException(d.kind() + " " + d.level() + " does not fit the response's state ("
                    + (active ? "active at " + previous : "no active response") + ")");
        }
    }

    private long start(Connection txn, DecisionDraft d) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn,
                "INSERT INTO activation (started_at, current_level, rule_set) VALUES (?, ?, ?)")) {
            Jdbc.setInstant(ps, 1, d.decidedAt());
            ps.setString(2, d.level().code());
            ps.setString(3, d.ruleSet());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    private static void update(Connection txn, String sql, DecisionDraft d, long activationId) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement(sql)) {
            if (d.kind() == DecisionKind.END) {
                Jdbc.setInstant(ps, 1, d.decidedAt());
            } else {
                ps.setString(1, d.level().code());
            }
            ps.setLong(2, activationId);
            ps.executeUpdate();
        }
    }

    private static String positionTitle(Connection txn, DecisionDraft d) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("SELECT title FROM roster_position WHERE position_key = ?")) {
            ps.setString(1, d.decidedByPosition());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : d.decidedByPosition();
            }
        }
    }

    private static String text(DecisionDraft d, ResponseLevel previous, String position) {
        String level = RecordLanguage.text("level." + (d.kind() == DecisionKind.END ? previous : d.level()).code() + ".name");
        String ordered = d.orderedBy() == null ? (d.orderVia() == null ? ""
                : RecordLanguage.text("log.text.receivedVia", d.enteredBy(), RecordLanguage.text(d.orderVia().textKey())))
                : d.orderVia() == null
                ? RecordLanguage.text("log.text.orderedBy", d.orderedBy())
                : RecordLanguage.text("log.text.orderedByVia", d.orderedBy(), RecordLanguage.text(d.orderVia().textKey()));
        String reason = d.reason() == null || d.reason().isBlank() ? "" : RecordLanguage.text("log.text.reason", d.reason());
        return RecordLanguage.text("log.text.decision." + d.kind().name(), level, d.decidedByPerson(), position,
                d.authorityBasis(), RecordLanguage.text("level." + d.recommendedLevel().code() + ".name")) + ordered + reason;
    }

    private static Optional<Activation> active(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTIVATION_COLUMNS
                + " FROM activation WHERE ended_at IS NULL")) {
            return read(ps).stream().findFirst();
        }
    }

    private static List<Activation> read(PreparedStatement ps) throws SQLException {
        List<Activation> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Activation(rs.getLong("id"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "ended_at"),
                        ResponseLevel.fromCode(rs.getString("current_level")), rs.getString("rule_set")));
            }
        }
        return list;
    }
}
