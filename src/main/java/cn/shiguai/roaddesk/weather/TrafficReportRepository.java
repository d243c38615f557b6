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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reports on the main roads: how long cut, how long the queue, whether a cut is likely. */
public final class TrafficReportRepository {
    private static final String COLUMNS = "id, road, observed_at, recorded_at, cut_hours, queue_km, "
            + "interruption_likely, note, source, entered_by";

    private final Database database;
    private final DutyLog log;

    public TrafficReportRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public TrafficEntry add(TrafficEntry draft) {
        return database.write(txn -> add(txn, draft));
    }

    public TrafficEntry add(Connection txn, TrafficEntry d) throws SQLException {
        long id;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO traffic_report (road, observed_at, recorded_at, "
                + "cut_hours, queue_km, interruption_likely, note, source, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.road().strip());
            Jdbc.setInstant(ps, 2, d.observedAt());
            Jdbc.setInstant(ps, 3, database.now());
            ps.setDouble(4, d.cutHours());
            ps.setDouble(5, d.queueKm());
            ps.setBoolean(6, d.interruptionLikely());
            ps.setString(7, d.note());
            ps.setString(8, d.source().name());
            ps.setString(9, d.enteredBy());
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        log.append(txn, LogDraft.of(d.enteredBy(), LogCategory.TRAFFIC, RecordLanguage.text("log.text.traffic", d.road().strip(),
                d.cutHours(), d.queueKm(), RecordLanguage.text(d.interruptionLikely() ? "log.value.likely" : "log.value.notLikely")))
                .occurredAt(d.observedAt()).concerning(LinkType.TRAFFIC, id));
        return byId(txn, id);
    }

    /** Reports observed in [from, to), oldest first. */
    public List<TrafficEntry> observedBetween(Instant from, Instant to) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM traffic_report "
                    + "WHERE observed_at >= ? AND observed_at < ? ORDER BY observed_at, id")) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                return read(ps);
            }
        });
    }

    /** The newest reports by time observed. */
    public List<TrafficEntry> recent(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM traffic_report "
                    + "ORDER BY observed_at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return read(ps);
            }
        });
    }

    /** The latest report of each road observed in [from, to): the state of each road at the end of the period. */
    public List<TrafficEntry> latestPerRoad(Instant from, Instant to) {
        return database.read(c -> latestPerRoad(c, from, to));
    }

    /** The same on a connection the caller holds. */
    public static List<TrafficEntry> latestPerRoad(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM traffic_report t "
                + "WHERE observed_at >= ? AND observed_at < ? AND NOT EXISTS (SELECT 1 FROM traffic_report n "
                + "WHERE n.road = t.road AND n.observed_at >= ? AND n.observed_at < ? "
                + "AND (n.observed_at > t.observed_at OR (n.observed_at = t.observed_at AND n.id > t.id))) "
                + "ORDER BY road")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            Jdbc.setInstant(ps, 3, from);
            Jdbc.setInstant(ps, 4, to);
            return read(ps);
        }
    }

    private static TrafficEntry byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM traffic_report WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps).get(0);
        }
    }

    private static List<TrafficEntry> read(PreparedStatement ps) throws SQLException {
        List<TrafficEntry> reports = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reports.add(new TrafficEntry(rs.getLong("id"), rs.getString("road"), Jdbc.instant(rs, "observed_at"),
                        Jdbc.instant(rs, "recorded_at"), rs.getDouble("cut_hours"), rs.getDouble("queue_km"),
                        rs.getBoolean("interruption_likely"), rs.getString("note"),
                        ReadingSource.valueOf(rs.getString("source")), rs.getString("entered_by")));
            }
        }
        return reports;
    }
}
