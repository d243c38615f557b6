package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readings: stored once, never edited; a correction is a new reading that replaces the old. */
public final class ReadingRepository {
    private static final String INSERT = "INSERT INTO reading (location_id, observed_at, recorded_at, source, "
            + "source_ref, entered_by, snow_depth_cm, road_ice_thickness_cm, road_icing, freezing_phenomenon, "
            + "accretion_diameter_mm, air_temp_c, note, replaces_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * A reading with the point it counts for (a merged point's readings count for the point it
     * was merged into) and whether it was replaced or withdrawn; {@code r} is the reading.
     */
    private static final String COLUMNS = "SELECT r.*, COALESCE(m.name, l.name) AS location_name, "
            + "l.kind AS location_kind, "
            + "(SELECT n.id FROM reading n WHERE n.replaces_id = r.id) AS replaced_by, "
            + "(SELECT w.reason FROM record_withdrawal w WHERE w.record_type = 'READING' AND w.record_id = r.id) "
            + "AS withdrawn_reason ";
    private static final String POINT = "JOIN monitoring_location l ON l.id = r.location_id "
            + "LEFT JOIN monitoring_location m ON m.id = l.merged_into ";
    private static final String SELECT = COLUMNS + "FROM reading r " + POINT;
    /** Newest observed first; the later record first at the same minute. */
    private static final java.util.Comparator<Reading> NEWEST_FIRST = java.util.Comparator
            .comparing((Reading r) -> r.values().observedAt()).thenComparingLong(Reading::id).reversed();
    /** Neither replaced by a correction nor withdrawn; {@code x} is the reading. */
    private static final String STANDING = "NOT EXISTS (SELECT 1 FROM reading n WHERE n.replaces_id = x.id) "
            + "AND NOT EXISTS (SELECT 1 FROM record_withdrawal w WHERE w.record_type = 'READING' AND w.record_id = x.id)";

    private final Database database;
    private final DutyLog log;

    public ReadingRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public Reading add(ReadingEntry draft) {
        return database.write(txn -> add(txn, draft));
    }

    public Reading add(Connection txn, ReadingEntry d) throws SQLException {
        return add(txn, d, true);
    }

    /**
     * The reading inside the caller's transaction; {@code logged} false when the caller writes
     * one entry for a whole file that links every reading it took (a station file of 10,000 rows
     * is one event of the duty, not 10,000).
     */
    Reading add(Connection txn, ReadingEntry d, boolean logged) throws SQLException {
        long id = insert(txn, d, database.now()).id();
        Reading stored = get(txn, id).orElseThrow();
        if (!logged) {
            return stored;
        }
        String text = d.replacesId() == null
                ? RecordLanguage.text("log.text.reading", stored.locationName(), ReadingSummary.of(d))
                : RecordLanguage.text("log.text.readingReplaced", String.valueOf(d.replacesId()), stored.locationName(),
                        ReadingSummary.of(d), d.note() == null ? "" : d.note(), RecordLanguage.time(d.observedAt()));
        LogDraft entry = LogDraft.of(d.enteredBy(), LogCategory.READING, text).occurredAt(d.observedAt())
                .concerning(LinkType.READING, id);
        log.append(txn, d.replacesId() == null ? entry : entry.concerning(LinkType.READING, d.replacesId()));
        return stored;
    }

    /** What an insert gives back: the new reading's id and when it was recorded. */
    record Inserted(long id, Instant recordedAt) { }

    /**
     * The row alone, unlogged and not read back: a station file's batch needs only the id (its one
     * log entry links them all), and reading 10,000 rows back cost a query each.
     */
    Inserted insert(Connection txn, ReadingEntry d, Instant recordedAt) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, INSERT)) {
            ps.setLong(1, d.locationId());
            Jdbc.setInstant(ps, 2, d.observedAt());
            Jdbc.setInstant(ps, 3, recordedAt);
            ps.setString(4, d.source().name());
            ps.setString(5, d.sourceRef());
            ps.setString(6, d.enteredBy());
            Jdbc.setDouble(ps, 7, d.snowDepthCm());
            Jdbc.setDouble(ps, 8, d.roadIceThicknessCm());
            Jdbc.setBoolean(ps, 9, d.roadIcing());
            ps.setString(10, d.freezingPhenomenon() == null ? null : d.freezingPhenomenon().name());
            Jdbc.setDouble(ps, 11, d.accretionDiameterMm());
            Jdbc.setDouble(ps, 12, d.airTempC());
            ps.setString(13, d.note());
            Jdbc.setLong(ps, 14, d.replacesId());
            ps.executeUpdate();
            return new Inserted(Jdbc.generatedId(ps), recordedAt);
        }
    }

    public Optional<Reading> get(long id) {
        return database.read(c -> get(c, id));
    }

    /** Readings observed in [from, to), of both kinds of location, replaced ones included and marked. */
    public List<Reading> observedBetween(Instant from, Instant to) {
        return database.read(c -> observedBetween(c, from, to));
    }

    /** The same on a connection the caller holds, e.g. inside the transaction that records a decision. */
    public static List<Reading> observedBetween(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT
                + "WHERE r.observed_at >= ? AND r.observed_at < ? ORDER BY r.observed_at, r.id")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            return read(ps);
        }
    }

    /**
     * The newest readings by time observed, replaced and withdrawn ones included (they are listed
     * struck through). The limit is applied to the readings alone, read in index order
     * (reading_recent, V10), before the joins: with the joins first H2 sorted every reading (50 s
     * at a million).
     */
    public List<Reading> recent(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + "FROM (SELECT * FROM reading x "
                    + "ORDER BY x.observed_at DESC, x.id DESC LIMIT ?) r " + POINT
                    + "ORDER BY r.observed_at DESC, r.id DESC")) {
                ps.setInt(1, limit);
                return read(ps);
            }
        });
    }

    /**
     * Each point's latest standing reading, counting the readings of points merged into it. One
     * index probe per location (a desk has tens of points, a year of station data a million
     * readings); the index whose order the probe asks for (reading_latest, V10) is named, since H2
     * chose the foreign key's and sorted each location's readings (70 s at a million).
     */
    public List<Reading> latestPerLocation() {
        return database.read(c -> {
            List<Reading> latest = new ArrayList<>();
            String hint = database.indexHint("reading_latest");
            for (long[] group : LocationRepository.groups(c)) {
                latestStanding(c, group, hint).ifPresent(latest::add);
            }
            latest.sort(java.util.Comparator.comparing(Reading::locationName));
            return latest;
        });
    }

    /** The newest standing reading of a point and of the points merged into it. */
    private static Optional<Reading> latestStanding(Connection c, long[] locationIds, String hint) throws SQLException {
        Optional<Reading> newest = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + "FROM (SELECT * FROM reading x "
                + hint + "WHERE x.location_id = ? AND " + STANDING
                + " ORDER BY x.location_id, x.observed_at DESC, x.id DESC LIMIT 1) r " + POINT)) {
            for (long id : locationIds) {
                ps.setLong(1, id);
                Optional<Reading> found = read(ps).stream().findFirst();
                if (found.isPresent() && (newest.isEmpty() || NEWEST_FIRST.compare(found.get(), newest.get()) < 0)) {
                    newest = found;
                }
            }
        }
        return newest;
    }

    /** Inside a write: the reading as that transaction sees it. */
    public static Optional<Reading> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Reading> read(PreparedStatement ps) throws SQLException {
        List<Reading> readings = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String phenomenon = rs.getString("freezing_phenomenon");
                ReadingEntry values = new ReadingEntry(rs.getLong("location_id"), Jdbc.instant(rs, "observed_at"),
                        ReadingSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
                        rs.getString("entered_by"), Jdbc.nullableDouble(rs, "snow_depth_cm"),
                        Jdbc.nullableDouble(rs, "road_ice_thickness_cm"), Jdbc.nullableBoolean(rs, "road_icing"),
                        phenomenon == null ? null : FreezingPhenomenon.valueOf(phenomenon),
                        Jdbc.nullableDouble(rs, "accretion_diameter_mm"), Jdbc.nullableDouble(rs, "air_temp_c"),
                        rs.getString("note"), Jdbc.nullableLong(rs, "replaces_id"));
                readings.add(new Reading(rs.getLong("id"), rs.getString("location_name"),
                        LocationKind.valueOf(rs.getString("location_kind")), Jdbc.instant(rs, "recorded_at"), values,
                        Jdbc.nullableLong(rs, "replaced_by"), rs.getString("withdrawn_reason")));
            }
        }
        return readings;
    }
}
