package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entered daily means: the latest entry for a day wins; earlier ones stay on record. */
public final class DailyMeanRepository {
    private static final String COLUMNS = "id, mean_day, value_c, entered_by, recorded_at, note";

    private final Database database;
    private final DutyLog log;

    public DailyMeanRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** Enters the day's mean; {@code valueC} null withdraws it (the mean of the readings applies again). */
    public DailyMean enter(LocalDate day, Double valueC, String enteredBy, String note) {
        return database.write(txn -> enter(txn, day, valueC, enteredBy, note));
    }

    public DailyMean enter(Connection txn, LocalDate day, Double valueC, String enteredBy, String note)
            throws SQLException {
        long id;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO daily_mean_entry (mean_day, value_c, entered_by, "
                + "recorded_at, note) VALUES (?, ?, ?, ?, ?)")) {
            Jdbc.setDate(ps, 1, day);
            Jdbc.setDouble(ps, 2, valueC);
            ps.setString(3, enteredBy);
            Jdbc.setInstant(ps, 4, database.now());
            ps.setString(5, note);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        String date = RecordLanguage.date(day);
        String text = note == null
                ? (valueC == null ? RecordLanguage.text("log.text.meanWithdrawn", date)
                        : RecordLanguage.text("log.text.mean", date, valueC))
                : (valueC == null ? RecordLanguage.text("log.text.meanWithdrawnBecause", date, note)
                        : RecordLanguage.text("log.text.meanCorrected", date, valueC, note));
        log.append(txn, LogDraft.of(enteredBy, LogCategory.READING, text).concerning(LinkType.DAILY_MEAN, id));
        return history(txn, day).get(0);
    }

    /** The entry in force for the day, if the latest one gives a value. */
    public Optional<DailyMean> effective(LocalDate day) {
        return database.read(c -> effective(c, day));
    }

    /** The same on a connection the caller holds. */
    public static Optional<DailyMean> effective(Connection c, LocalDate day) throws SQLException {
        return history(c, day).stream().findFirst().filter(m -> m.valueC() != null);
    }

    /** Every entry for the day, newest first. */
    public List<DailyMean> history(LocalDate day) {
        return database.read(c -> history(c, day));
    }

    private static List<DailyMean> history(Connection c, LocalDate day) throws SQLException {
        List<DailyMean> means = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM daily_mean_entry WHERE mean_day = ? ORDER BY id DESC")) {
            Jdbc.setDate(ps, 1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    means.add(new DailyMean(rs.getLong("id"), Jdbc.date(rs, "mean_day"),
                            Jdbc.nullableDouble(rs, "value_c"), rs.getString("entered_by"),
                            Jdbc.instant(rs, "recorded_at"), rs.getString("note")));
                }
            }
        }
        return means;
    }
}
