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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Monitoring locations: the district's points and the neighbours'. */
public final class LocationRepository {
    private static final String COLUMNS = "id, name, kind, area, note, created_by, created_at, merged_into, retired_at";

    private final Database database;
    private final DutyLog log;

    public LocationRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public Location add(String name, LocationKind kind, String area, String note, String enteredBy) {
        return database.write(txn -> add(txn, name, kind, area, note, enteredBy));
    }

    public Location add(Connection txn, String name, LocationKind kind, String area, String note, String enteredBy)
            throws SQLException {
        long id;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO monitoring_location (name, kind, area, note, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, name.strip());
            ps.setString(2, kind.name());
            ps.setString(3, area);
            ps.setString(4, note);
            ps.setString(5, enteredBy);
            Jdbc.setInstant(ps, 6, database.now());
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        log.append(txn, LogDraft.of(enteredBy, LogCategory.READING, RecordLanguage.text("log.text.location", name.strip(),
                RecordLanguage.text("location.kind." + kind.name()))).concerning(LinkType.LOCATION, id));
        return get(txn, id).orElseThrow();
    }

    public List<Location> all() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM monitoring_location ORDER BY kind, name")) {
                return read(ps);
            }
        });
    }

    public Optional<Location> byName(String name) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM monitoring_location WHERE name = ?")) {
                ps.setString(1, name);
                return read(ps).stream().findFirst();
            }
        });
    }

    /** Inside a write transaction: the location as that transaction sees it. */
    public Optional<Location> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM monitoring_location WHERE name = ?")) {
            ps.setString(1, name.strip());
            return read(ps).stream().findFirst();
        }
    }

    /**
     * The points readings count for, each with the points merged into it: the first id of each
     * group is the point itself.
     */
    static List<long[]> groups(Connection c) throws SQLException {
        java.util.Map<Long, List<Long>> groups = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, COALESCE(merged_into, id) AS root "
                + "FROM monitoring_location ORDER BY root, CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getLong("root"), k -> new ArrayList<>()).add(rs.getLong("id"));
            }
        }
        return groups.values().stream().map(ids -> ids.stream().mapToLong(Long::longValue).toArray()).toList();
    }

    static Optional<Location> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM monitoring_location WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Location> read(PreparedStatement ps) throws SQLException {
        List<Location> locations = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                locations.add(new Location(rs.getLong("id"), rs.getString("name"),
                        LocationKind.valueOf(rs.getString("kind")), rs.getString("area"), rs.getString("note"),
                        rs.getString("created_by"), Jdbc.instant(rs, "created_at"),
                        Jdbc.nullableLong(rs, "merged_into"), Jdbc.instant(rs, "retired_at")));
            }
        }
        return locations;
    }
}
