package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the duty log keeps of alerts, in the record's language: who acknowledged which alerts
 * and when, and who muted their sound for the shift. Off the FX thread.
 */
public final class AlertLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final DutyLog log;
    private final BoardWords words;

    public AlertLog(Database database, DutyLog log, RuleSet rules) {
        this.database = database;
        this.log = log;
        this.words = new BoardWords(RecordLanguage.messages(), new EvaluationText(RecordLanguage.messages(), rules));
    }

    /** "确认提醒 2 条：研判：预案建议二级响应…（03:05 发出）；…" — one entry for what was seen at once. */
    public long acknowledged(List<Alerts.Alert> seen, String by, Instant at) {
        StringBuilder list = new StringBuilder();
        for (Alerts.Alert a : seen) {
            list.append(list.isEmpty() ? "" : "；").append(RecordLanguage.text("alert.log.item",
                    words.kind(a.item().kind()), words.sentence(a.item(), a.raisedAt()),
                    LocalDateTime.ofInstant(a.raisedAt(), words.zone()).format(TIME)));
        }
        String text = RecordLanguage.text("alert.log.acknowledged", seen.size(), list.toString());
        // A storm of alerts acknowledged at once still fits one entry; the count says how many there were.
        if (text.length() > LogDraft.MAX_TEXT) {
            text = text.substring(0, LogDraft.MAX_TEXT - 1) + "…";
        }
        LogDraft draft = LogDraft.of(by, LogCategory.ALERT, text).occurredAt(at);
        return database.write(txn -> {
            try (java.sql.PreparedStatement ps = txn.prepareStatement(
                    "INSERT INTO alert_acknowledgement (identity, acknowledged_at) VALUES (?, ?)")) {
                for (Alerts.Alert a : seen) {
                    ps.setString(1, a.item().identity());
                    cn.shiguai.roaddesk.common.db.Jdbc.setInstant(ps, 2, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return log.append(txn, draft);
        });
    }

    /**
     * The identities acknowledged since {@code since}: what a desk started again must not raise a
     * second time. Older ones are left out, so a situation that comes back days later alerts again.
     */
    public java.util.Set<String> acknowledgedSince(Instant since) {
        return database.read(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT identity FROM alert_acknowledgement WHERE acknowledged_at >= ?")) {
                cn.shiguai.roaddesk.common.db.Jdbc.setInstant(ps, 1, since);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                    return seen;
                }
            }
        });
    }

    /** The sound muted for the rest of the shift, or back on. */
    public long muted(boolean muted, String by, Instant at) {
        LogDraft draft = LogDraft.of(by, LogCategory.ALERT,
                RecordLanguage.text(muted ? "alert.log.muted" : "alert.log.unmuted")).occurredAt(at);
        return database.write(txn -> log.append(txn, draft));
    }
}
