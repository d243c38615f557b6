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
            + "interruption_likely, note, source, entered_by, replaces_id, "
            + "(SELECT n.id FROM traffic_report n WHERE n.replaces_id = traffic_report.id) AS replaced_by, "
            + "(SELECT w.reason FROM record_withdrawal w WHERE w.record_type = 'TRAFFIC' "
            + "AND w.record_id = traffic_report.id) AS withdrawn_reason";
    /** A report that still counts: neither replaced nor withdrawn. */
    private static final String STANDING = "NOT EXISTS (SELECT 1 FROM traffic_report r WHERE r.replaces_id = traffic_report.id) "
            + "AND NOT EXISTS (SELECT 1 FROM record_withdrawal w WHERE w.record_type = 'TRAFFIC' "
            + "AND w.record_id = traffic_report.id)";

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
                + "cut_hours, queue_km, interruption_likely, note, source, entered_by, replaces_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.road().strip());
            Jdbc.setInstant(ps, 2, d.observedAt());
            Jdbc.setInstant(ps, 3, database.now());
            ps.setDouble(4, d.cutHours());
            ps.setDouble(5, d.queueKm());
            ps.setBoolean(6, d.interruptionLikely());
            ps.setString(7, d.note());
            ps.setString(8, d.source().name());
            ps.setString(9, d.enteredBy());
            Jdbc.setLong(ps, 10, d.replacesId());
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        String report = RecordLanguage.text("log.text.traffic", d.road().strip(), d.cutHours(), d.queueKm(),
                RecordLanguage.text(d.interruptionLikely() ? "log.value.likely" : "log.value.notLikely"));
        LogDraft entry = LogDraft.of(d.enteredBy(), LogCategory.TRAFFIC, d.replacesId() == null ? report
                : RecordLanguage.text("log.text.trafficReplaced", d.replacesId(), report, d.note()))
                .occurredAt(d.observedAt()).concerning(LinkType.TRAFFIC, id);
        log.append(txn, d.replacesId() == null ? entry : entry.concerning(LinkType.TRAFFIC, d.replacesId()));
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
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM traffic_report "
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
        // The latest standing report of each road: a later report of the road that stands hides an earlier one.
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM traffic_report "
                + "WHERE observed_at >= ? AND observed_at < ? AND " + STANDING + " AND NOT EXISTS (SELECT 1 FROM "
                + "traffic_report n WHERE n.road = traffic_report.road AND n.observed_at >= ? AND n.observed_at < ? "
                + "AND (n.observed_at > traffic_report.observed_at OR (n.observed_at = traffic_report.observed_at "
                + "AND n.id > traffic_report.id)) "
                + "AND NOT EXISTS (SELECT 1 FROM traffic_report x WHERE x.replaces_id = n.id) "
                + "AND NOT EXISTS (SELECT 1 FROM record_withdrawal w WHERE w.record_type = 'TRAFFIC' AND w.record_id = n.id)) "
                + "ORDER BY road")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            Jdbc.setInstant(ps, 3, from);
            Jdbc.setInstant(ps, 4, to);
            return read(ps);
        }
    }

    /** Inside a write: the report as that transaction sees it. */
    static TrafficEntry byId(Connection c, long id) throws SQLException {
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
                        ReadingSource.valueOf(rs.getString("source")), rs.getString("entered_by"),
                        Jdbc.nullableLong(rs, "replaces_id"), Jdbc.nullableLong(rs, "replaced_by"),
                        rs.getString("withdrawn_reason")));
            }
        }
        return reports;
    }
}
