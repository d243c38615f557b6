package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

/**
 * The schema objects that run Java inside RoadDesk: triggers, aliases (user functions) and user
 * aggregates. H2 loads a trigger's class, and runs its static code and {@code init}, when it
 * opens the database; a trigger planted in the file would run at the next start. So the file's
 * own statements are read from the store before any SQL opens it ({@link StoreCheck}), and the
 * open database is looked at once more through INFORMATION_SCHEMA after the migrations: every
 * trigger must be one of the migrations' append-only triggers calling {@link AppendOnlyTrigger},
 * and there is no alias or aggregate at all.
 */
final class SchemaObjects {
    /** Every trigger the migrations create; a new migration with a trigger adds its name here. */
    static final Set<String> EXPECTED_TRIGGERS = Set.of(
            "DUTY_LOG_APPEND_ONLY", "DUTY_LOG_LINK_APPEND_ONLY", "READING_APPEND_ONLY", "DAILY_MEAN_APPEND_ONLY",
            "TRAFFIC_APPEND_ONLY", "EVALUATION_APPEND_ONLY", "DECISION_APPEND_ONLY", "STATUS_APPEND_ONLY",
            "DOCUMENT_APPEND_ONLY", "WITHDRAWAL_APPEND_ONLY", "ALIAS_APPEND_ONLY", "PHONE_CALL_APPEND_ONLY",
            "CALLBACK_APPEND_ONLY", "DUTY_LOG_CHECKPOINT_APPEND_ONLY", "ROSTER_TERM_APPEND_ONLY",
            "ROSTER_TERM_END_APPEND_ONLY", "SETTING_CHANGE_APPEND_ONLY", "WARNING_SIGNAL_APPEND_ONLY",
            "WARNING_WITHDRAWAL_APPEND_ONLY", "DESK_USER_APPEND_ONLY", "DESK_USER_CHANGE_APPEND_ONLY",
            "UPPER_RESPONSE_APPEND_ONLY", "HANDOVER_NOTE_APPEND_ONLY", "HANDOVER_TAKEN_APPEND_ONLY",
            "DOCUMENT_REVIEW_APPEND_ONLY", "ALERT_ACKNOWLEDGEMENT_APPEND_ONLY", "WARNING_ANSWER_APPEND_ONLY");
    static final String TRIGGER_CLASS = AppendOnlyTrigger.class.getName();

    /** H2's meta-record types (org.h2.engine.DbObject) of the objects that name Java. */
    static final int TRIGGER = 4;
    static final int ALIAS = 9;
    static final int AGGREGATE = 14;

    private static final Pattern TRIGGER_SQL = Pattern.compile(
            "^CREATE (?:FORCE )?TRIGGER \"[^\"]*\"\\.\"([^\"]*)\" .* CALL '([^']*)'$", Pattern.DOTALL);
    private static final Pattern OBJECT_NAME = Pattern.compile("^CREATE (?:FORCE )?\\w+ \"[^\"]*\"\\.\"([^\"]*)\"");

    /** One object that is not RoadDesk's: what kind (a text key's last part), its name, what it calls. */
    record Foreign(String kind, String name, String calls) {
        DataAccessException refusal(String where) {
            return new DataAccessException(FailureReason.FOREIGN_CODE, "store.error.foreignCode." + kind, null,
                    where, name, calls);
        }
    }

    private SchemaObjects() {
    }

    /** Judges one statement of the file's meta table by its H2 type; empty when it is harmless. */
    static Optional<Foreign> judgeStatement(int type, String sql) {
        if (type == TRIGGER) {
            Matcher m = TRIGGER_SQL.matcher(sql);
            if (m.matches()) {
                return judgeTrigger(m.group(1), m.group(2));
            }
            return Optional.of(new Foreign("trigger", name(sql), "?"));
        }
        if (type == ALIAS) {
            return Optional.of(new Foreign("alias", name(sql), sql));
        }
        if (type == AGGREGATE) {
            return Optional.of(new Foreign("aggregate", name(sql), sql));
        }
        return Optional.empty();
    }

    static Optional<Foreign> judgeTrigger(String name, String javaClass) {
        if (EXPECTED_TRIGGERS.contains(name.toUpperCase(Locale.ROOT)) && TRIGGER_CLASS.equals(javaClass)) {
            return Optional.empty();
        }
        return Optional.of(new Foreign("trigger", name, javaClass == null ? "?" : javaClass));
    }

    /** The same judgement on an open database, through INFORMATION_SCHEMA. */
    static List<Foreign> foreign(Connection c) throws SQLException {
        List<Foreign> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TRIGGER_NAME, JAVA_CLASS FROM INFORMATION_SCHEMA.TRIGGERS "
                + "ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                judgeTrigger(rs.getString(1), rs.getString(2)).ifPresent(found::add);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT ROUTINE_NAME, ROUTINE_TYPE, EXTERNAL_NAME "
                + "FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA' "
                + "ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String kind = "AGGREGATE".equals(rs.getString(2)) ? "aggregate" : "alias";
                found.add(new Foreign(kind, rs.getString(1), rs.getString(3) == null ? "?" : rs.getString(3)));
            }
        }
        return found;
    }

    /** Refuses an open database holding a foreign object. */
    static void refuseForeign(Connection c, String where) throws SQLException {
        List<Foreign> found = foreign(c);
        if (!found.isEmpty()) {
            throw found.get(0).refusal(where);
        }
    }

    /**
     * Reads the statements of the file's meta table (map {@code table.0}: ID, HEAD, TYPE, SQL)
     * straight from the store, the way H2's Recover tool does, and refuses a foreign object.
     * Nothing is loaded or run: the statements are only text here.
     */
    static void refuseForeign(MVStore store, String storeFile) {
        if (!store.hasMap("table.0")) {
            return;
        }
        TransactionStore transactions = new TransactionStore(store, new ValueDataType());
        transactions.init();
        TransactionMap<Long, Row> meta = transactions.begin().openMap("table.0");
        for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext(); ) {
            Row row = meta.get(keys.next());
            Optional<Foreign> foreign = judgeStatement(row.getValue(2).getInt(), row.getValue(3).getString());
            if (foreign.isPresent()) {
                String file = storeFile.substring(storeFile.indexOf(':') + 1);
                throw foreign.get().refusal(file);
            }
        }
    }

    private static String name(String sql) {
        Matcher m = OBJECT_NAME.matcher(sql);
        return m.find() ? m.group(1) : "?";
    }
}
