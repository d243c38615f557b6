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
     * The point a typed name stands for: the point of that name, or the one an old name (an
     * alias left by a rename or a merge) now belongs to; a merged point resolves to the point it
     * was merged into.
     */
    public Optional<Location> resolve(Connection c, String name) throws SQLException {
        Optional<Location> found = byName(c, name);
        if (found.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT location_id FROM location_alias WHERE name = ?")) {
                ps.setString(1, name.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    found = rs.next() ? get(c, rs.getLong(1)) : Optional.empty();
                }
            }
        }
        if (found.isPresent() && found.get().mergedInto() != null) {
            found = get(c, found.get().mergedInto());
        }
        return found;
    }

    /** Every old name kept as an alias, by the point it now stands for. */
    public java.util.Map<Long, List<String>> aliases() {
        return database.read(c -> {
            java.util.Map<Long, List<String>> aliases = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, location_id FROM location_alias ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getString(1));
                }
            }
            return aliases;
        });
    }

    /** A new name; the old one is kept as an alias, so what was typed before still finds the point. */
    public void rename(Connection txn, Location point, String newName, String reason, String by) throws SQLException {
        alias(txn, point.name(), point.id(), reason, by);
        try (PreparedStatement ps = txn.prepareStatement("UPDATE monitoring_location SET name = ? WHERE id = ?")) {
            ps.setString(1, newName.strip());
            ps.setLong(2, point.id());
            ps.executeUpdate();
        }
    }

    /**
     * {@code from}'s readings count as {@code into}'s from now on, for the rules too; points
     * earlier merged into {@code from} follow it, and {@code from}'s name becomes an alias.
     */
    public void merge(Connection txn, Location from, Location into, String reason, String by) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement(
                "UPDATE monitoring_location SET merged_into = ? WHERE id = ? OR merged_into = ?")) {
            ps.setLong(1, into.id());
            ps.setLong(2, from.id());
            ps.setLong(3, from.id());
            ps.executeUpdate();
        }
        // Aliases of the merged point keep naming it; resolving a name follows the merge.
        alias(txn, from.name(), from.id(), reason, by);
    }

    /** The point takes no new readings; its readings stay and count as they did. */
    public void retire(Connection txn, Location point) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("UPDATE monitoring_location SET retired_at = ? WHERE id = ?")) {
            Jdbc.setInstant(ps, 1, database.now());
            ps.setLong(2, point.id());
            ps.executeUpdate();
        }
    }

    private void alias(Connection txn, String name, long locationId, String reason, String by) throws SQLException {
        try (PreparedStatement exists = txn.prepareStatement("SELECT 1 FROM location_alias WHERE name = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return; // an old name given back and taken again: it is an alias already
                }
            }
        }
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO location_alias (name, location_id, reason, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, locationId);
            ps.setString(3, reason);
            ps.setString(4, by);
            Jdbc.setInstant(ps, 5, database.now());
            ps.executeUpdate();
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

    public static Optional<Location> get(Connection c, long id) throws SQLException {
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
