package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The measure catalogues loaded into the database, each version kept. */
public final class MeasureCatalogueRepository {
    private final Database database;

    public MeasureCatalogueRepository(Database database) {
        this.database = database;
    }

    /** The catalogue loaded with the highest version of the given name. */
    public Optional<Long> latest(String name) {
        return database.read(c -> latest(c, name));
    }

    static Optional<Long> latest(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM measure_catalogue WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static Optional<Long> find(Connection c, String name, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM measure_catalogue WHERE name = ? AND version = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Every item of a catalogue, in the plan's order. */
    public List<CatalogueItemRow> items(long catalogueId) {
        return database.read(c -> items(c, catalogueId, null));
    }

    /** The items owed at one level (measures of the level and the standing tasks of that level). */
    public List<CatalogueItemRow> itemsForLevel(long catalogueId, String levelCode) {
        return database.read(c -> items(c, catalogueId, levelCode));
    }

    private static List<CatalogueItemRow> items(Connection c, long catalogueId, String level) throws SQLException {
        Map<Long, CatalogueItemRow> items = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.item_key, i.kind, i.number, i.section, "
                + "i.trigger_when, i.text FROM catalogue_item i WHERE i.catalogue_id = ? AND (CAST(? AS VARCHAR) IS NULL "
                + "OR EXISTS (SELECT 1 FROM catalogue_item_level l WHERE l.item_id = i.id AND l.level = ?)) "
                + "ORDER BY i.sort_order")) {
            ps.setLong(1, catalogueId);
            ps.setString(2, level);
            ps.setString(3, level);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    items.put(id, new CatalogueItemRow(id, catalogueId, rs.getString(2), rs.getString(3),
                            (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT l.item_id, l.level FROM catalogue_item_level l "
                + "JOIN catalogue_item i ON i.id = l.item_id WHERE i.catalogue_id = ? ORDER BY l.item_id, l.level")) {
            ps.setLong(1, catalogueId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CatalogueItemRow item = items.get(rs.getLong(1));
                    if (item != null) {
                        item.levels().add(rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT p.item_id, p.position_key, p.role FROM "
                + "catalogue_item_position p JOIN catalogue_item i ON i.id = p.item_id WHERE i.catalogue_id = ? "
                + "ORDER BY p.item_id, p.sort_order")) {
            ps.setLong(1, catalogueId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CatalogueItemRow item = items.get(rs.getLong(1));
                    if (item != null) {
                        ("LEAD".equals(rs.getString(3)) ? item.lead() : item.supporting()).add(rs.getString(2));
                    }
                }
            }
        }
        return items.values().stream().map(i -> new CatalogueItemRow(i.id(), i.catalogueId(), i.key(), i.kind(),
                i.number(), i.section(), i.when(), i.text(), List.copyOf(i.levels()), List.copyOf(i.lead()),
                List.copyOf(i.supporting()))).toList();
    }

    static long insertCatalogue(Connection txn, String name, int version, String source, String sha256,
                                java.time.Instant loadedAt) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO measure_catalogue (name, version, source_file, sha256, "
                + "loaded_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            ps.setString(3, source);
            ps.setString(4, sha256);
            Jdbc.setInstant(ps, 5, loadedAt);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }
}
