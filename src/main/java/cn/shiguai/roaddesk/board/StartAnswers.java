package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The officer's answer to "考虑酌情启动响应（§六(三)）？" on a new orange or red 暴雪 or 道路结冰
 * signal: one duty-log entry in words (who, which signal, the answer, the reason) and a row
 * that takes the question off the board, on every seat and after a restart. Starting a
 * response is then decided on the response screen like any other; this records only the answer.
 */
public final class StartAnswers {
    /** Longest reason kept, in characters. */
    public static final int MAX_REASON = 2000;

    /** What the officer answered. */
    public enum Answer {
        /** 启动响应: the officer goes on to the decision. */
        START,
        /** 暂不启动, with the reason. */
        NOT_NOW
    }

    private final Database database;
    private final DutyLog log;
    private final Seat seat;
    private final ChangeBus changes;

    public StartAnswers(Database database, DutyLog log, Seat seat, ChangeBus changes) {
        this.database = database;
        this.log = log;
        this.seat = seat;
        this.changes = changes;
    }

    /** Records the answer off the FX thread; returns the log entry's sequence number. */
    public long answer(WarningInForce signal, Answer answer, String reason, String by, Instant at) {
        seat.require(Permission.ENTER_RECORDS);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON + " characters is required");
        }
        String text = RecordLanguage.text("start.log." + answer.name(), by, signal.issuer(), signal.signalName(), why);
        LogDraft draft = LogDraft.of(by, LogCategory.WARNING, text).occurredAt(at);
        long seq = database.write(txn -> {
            long entry = log.append(txn, draft);
            try (PreparedStatement ps = txn.prepareStatement("INSERT INTO warning_answer (warning_id, answer, reason, "
                    + "answered_by, answered_at, log_seq) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, signal.id());
                ps.setString(2, answer.name());
                ps.setString(3, why);
                ps.setString(4, by);
                Jdbc.setInstant(ps, 5, at);
                ps.setLong(6, entry);
                ps.executeUpdate();
            }
            return entry;
        });
        changes.publish(Change.WARNINGS);
        changes.publish(Change.LOG);
        return seq;
    }

    /** The signals whose question has been answered. */
    public Set<Long> answered() {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT warning_id FROM warning_answer");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
