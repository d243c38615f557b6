package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a measure-catalogue file ({@code /measures/measures-2019.json}) into the database,
 * once per catalogue name and version: loading the same version again does nothing. "ALL" in
 * lead or supporting means every member unit of the roster, which must be seeded first.
 */
public final class CatalogueLoader {
    public static final String DEFAULT_RESOURCE = "/measures/measures-2019.json";

    private final Database database;
    private final DutyLog log;

    public CatalogueLoader(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** Loads the packaged catalogue if it is there; empty when the file is missing. */
    public java.util.Optional<Long> loadDefault() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(load(in.readAllBytes(), DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the catalogue's id, loading it only if this name and version are not loaded yet. */
    public long load(byte[] json, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        String name = root.path("catalogue").asText();
        int version = root.path("version").asInt();
        if (name.isBlank() || version < 1) {
            throw new IllegalArgumentException(source + ": a catalogue needs a name and a version >= 1");
        }
        return database.write(txn -> {
            java.util.Optional<Long> loaded = MeasureCatalogueRepository.find(txn, name, version);
            if (loaded.isPresent()) {
                return loaded.get();
            }
            long id = MeasureCatalogueRepository.insertCatalogue(txn, name, version, source, sha256(json), database.now());
            List<String> members = memberUnits(txn);
            int order = 0;
            for (JsonNode m : root.path("measures")) {
                insertItem(txn, id, m, "MEASURE", List.of(m.path("level").asText()), ++order, members);
            }
            for (JsonNode t : root.path("standingTasks")) {
                List<String> levels = new ArrayList<>();
                t.path("levels").forEach(l -> levels.add(l.asText()));
                insertItem(txn, id, t, "TASK", levels, ++order, members);
            }
            log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.MEASURE, RecordLanguage.text("log.text.catalogue",
                    name, String.valueOf(version), source, order)).concerning(LinkType.CATALOGUE, id));
            return id;
        });
    }

    private static void insertItem(Connection txn, long catalogueId, JsonNode item, String kind, List<String> levels,
                                   int order, List<String> members) throws SQLException {
        long itemId;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO catalogue_item (catalogue_id, item_key, kind, number, "
                + "section, trigger_when, text, sort_order, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, catalogueId);
            ps.setString(2, item.path("id").asText());
            ps.setString(3, kind);
            ps.setObject(4, item.hasNonNull("number") ? item.get("number").asInt() : null, java.sql.Types.INTEGER);
            ps.setString(5, item.path("section").asText(null));
            ps.setString(6, item.path("when").asText("ALWAYS"));
            ps.setString(7, item.path("text").asText());
            ps.setInt(8, order);
            ps.setString(9, item.path("title").asText(null));
            ps.executeUpdate();
            itemId = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO catalogue_item_level (item_id, level) VALUES (?, ?)")) {
            for (String level : levels) {
                ps.setLong(1, itemId);
                ps.setString(2, level);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int position = 0;
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO catalogue_item_position (item_id, position_key, "
                + "role, sort_order) VALUES (?, ?, ?, ?)")) {
            for (String role : List.of("LEAD", "SUPPORT")) {
                for (String key : expand(item.path("LEAD".equals(role) ? "lead" : "supporting"), members)) {
                    ps.setLong(1, itemId);
                    ps.setString(2, key);
                    ps.setString(3, role);
                    ps.setInt(4, ++position);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static List<String> expand(JsonNode keys, List<String> members) {
        List<String> expanded = new ArrayList<>();
        for (JsonNode k : keys) {
            for (String key : "ALL".equals(k.asText()) ? members : List.of(k.asText())) {
                if (!expanded.contains(key)) {
                    expanded.add(key);
                }
            }
        }
        return expanded;
    }

    private static List<String> memberUnits(Connection txn) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = txn.prepareStatement(
                "SELECT position_key FROM roster_position WHERE member_unit ORDER BY sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
