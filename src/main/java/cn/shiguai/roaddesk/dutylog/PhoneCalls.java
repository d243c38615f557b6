package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone calls in the duty log: the entry (who called, from which unit and number, what was
 * said, whether the office must call back by when) and its particulars, in one transaction; a
 * promised call back stays open until it is marked done, which is itself an entry.
 */
public final class PhoneCalls {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    /** The entry recording a call is the first one linked to it; the one saying it was returned comes later. */
    private static final String OPEN_SQL = "SELECT p.id, l.seq, p.direction, p.caller, p.unit, p.phone_number, "
            + "p.callback_due, l.text, l.occurred_at, l.author FROM phone_call p "
            + "JOIN duty_log l ON l.seq = (SELECT MIN(k.seq) FROM duty_log_link k WHERE k.target_type = 'CALL' "
            + "AND k.target_id = p.id) "
            + "WHERE p.callback_due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM callback_done d WHERE d.call_id = p.id) "
            + "ORDER BY p.callback_due, p.id";

    private final Database database;
    private final DutyLog log;
    private final ZoneId zone;

    public PhoneCalls(Database database, DutyLog log, ZoneId zone) {
        this.database = database;
        this.log = log;
        this.zone = zone;
    }

    /** Records a call: the log entry's text names the particulars, so the chain covers them. */
    public long record(LogDraft said, PhoneCall call) {
        if (PhoneCall.Direction.of(said.category()) != call.direction()) {
            throw new IllegalArgumentException("a " + said.category() + " entry for a call " + call.direction());
        }
        log.seat().require(Permission.ENTER_RECORDS);
        String text = text(said.text(), call);
        return database.write(txn -> {
            long id;
            try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO phone_call (direction, caller, unit, "
                    + "phone_number, callback_due) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, call.direction().name());
                ps.setString(2, call.caller());
                ps.setString(3, call.unit());
                ps.setString(4, call.number());
                Jdbc.setInstant(ps, 5, call.callbackDue());
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            return log.append(txn, new LogDraft(said.occurredAt(), said.author(), said.category(), text, said.links(),
                    said.correctsSeq(), said.reason()).concerning(LinkType.CALL, id));
        });
    }

    /** The calls still waiting to be returned, the most urgent first. */
    public List<OpenCallback> open() {
        return database.read(c -> {
            List<OpenCallback> open = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OPEN_SQL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PhoneCall call = new PhoneCall(PhoneCall.Direction.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), Jdbc.instant(rs, "callback_due"));
                    open.add(new OpenCallback(rs.getLong(1), rs.getLong(2), call, rs.getString(8),
                            Jdbc.instant(rs, "occurred_at"), rs.getString(10)));
                }
            }
            return open;
        });
    }

    /** The call has been returned: an entry says so, and the call leaves the open list. */
    public long markDone(OpenCallback callback, String by, String note) {
        log.seat().require(Permission.ENTER_RECORDS);
        String text = RecordLanguage.text("log.text.callbackDone", callback.call().caller(),
                callback.entrySeq(), note == null || note.isBlank() ? "" : RecordLanguage.text("log.text.note", note.strip()));
        return database.write(txn -> {
            long seq = log.append(txn, LogDraft.of(by, LogCategory.PHONE_OUT, text)
                    .concerning(LinkType.CALL, callback.callId()));
            try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO callback_done (call_id, log_seq, done_by, done_at) "
                    + "VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, callback.callId());
                ps.setLong(2, seq);
                ps.setString(3, by);
                Jdbc.setInstant(ps, 4, database.now());
                ps.executeUpdate();
            }
            return seq;
        });
    }

    /** "李新明（区交通运输局，13804721234）：K35 大桥积雪 12 厘米；需回电（1月12日 06:00 前）". */
    String text(String said, PhoneCall call) {
        String who = call.caller();
        List<String> about = new ArrayList<>();
        if (call.unit() != null) {
            about.add(call.unit());
        }
        if (call.number() != null) {
            about.add(call.number());
        }
        String party = about.isEmpty() ? who : RecordLanguage.text("log.text.callParty", who, String.join("，", about));
        String callback = call.needsCallback()
                ? RecordLanguage.text("log.text.callbackDue", DUE.format(call.callbackDue().atZone(zone))) : "";
        return RecordLanguage.text("log.text.call", party, said) + callback;
    }

}
