package cn.shiguai.roaddesk.settings;

import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key/value settings of the workstation, kept as a history: each value is a new row, the newest
 * row of a key is its value, and every change is logged with its old and new value and linked to
 * its row, so the chain covers it.
 */
public final class SettingsRepository {
    private final Database database;
    private final DutyLog log;

    public SettingsRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** Who is signed in where the settings are written: {@link DeskSettings} asks before the office's settings change. */
    public Seat seat() {
        return log.seat();
    }

    public Optional<String> get(String key) {
        return database.read(c -> get(c, key));
    }

    private static Optional<String> get(java.sql.Connection c, String key) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting_change WHERE setting_key = ? "
                + "ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String key, String value, String by) {
        database.write(txn -> put(txn, key, value, by));
    }

    /** Several settings in one transaction, each change logged in words, in the order given. */
    public void putAll(String by, List<Map.Entry<String, String>> pairs) {
        database.write(txn -> {
            long last = 0;
            for (Map.Entry<String, String> pair : pairs) {
                last = Math.max(last, put(txn, pair.getKey(), pair.getValue(), by));
            }
            return last;
        });
    }

    /** A setting whose change the caller words itself (the value is a machine's, e.g. an instant). */
    public void put(String key, String value, String by, String logText) {
        database.write(txn -> {
            long change = store(txn, key, value, by);
            return log.append(txn, LogDraft.of(by, LogCategory.SYSTEM, logText).concerning(LinkType.SETTING, change));
        });
    }

    /**
     * The change and its log entry inside the caller's transaction. The entry names the setting
     * and its values as a person would ("界面语言：中文 → English"), never by its key.
     */
    public long put(java.sql.Connection txn, String key, String value, String by) throws java.sql.SQLException {
        Optional<String> before = get(txn, key);
        if (shown(key, before.orElse(null)).equals(shown(key, value))) {
            return 0; // nothing changes: nothing to record
        }
        long change = store(txn, key, value, by);
        return log.append(txn, LogDraft.of(by, LogCategory.SYSTEM, RecordLanguage.text("log.text.setting",
                RecordLanguage.text("setting.label." + key), shown(key, before.orElse(null)), shown(key, value)))
                .concerning(LinkType.SETTING, change));
    }

    /** A value as the log shows it: a word for a coded one, — for none. */
    private static String shown(String key, String value) {
        if (value == null || value.isBlank()) {
            return RecordLanguage.text("setting.value.none");
        }
        String word = "setting.value." + key + "." + value;
        return RecordLanguage.messages().has(word) ? RecordLanguage.text(word) : value;
    }

    /** A new row of the setting's history (never an update): its id, for the log entry's link. */
    private long store(java.sql.Connection txn, String key, String value, String by) throws java.sql.SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO setting_change (setting_key, setting_value, "
                + "changed_by, changed_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setString(3, by);
            Jdbc.setInstant(ps, 4, database.now());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }
}
