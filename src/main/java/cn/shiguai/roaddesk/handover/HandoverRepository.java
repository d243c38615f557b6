package cn.shiguai.roaddesk.handover;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The handover notes and their taking over (V70), each row written once and never changed. */
final class HandoverRepository {
    private final Database database;

    HandoverRepository(Database database) {
        this.database = database;
    }

    long insertNote(Connection txn, String outgoing, String summary, List<String> items, Instant at)
            throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn,
                "INSERT INTO handover_note (outgoing, summary, open_items, written_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, outgoing);
            ps.setString(2, summary);
            ps.setString(3, String.join("\n", items));
            Jdbc.setInstant(ps, 4, at);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void insertTaken(Connection txn, Long noteId, String incoming, List<String> acknowledged, Instant at)
            throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement(
                "INSERT INTO handover_taken (note_id, incoming, acknowledged, taken_at) VALUES (?, ?, ?, ?)")) {
            Jdbc.setLong(ps, 1, noteId);
            ps.setString(2, incoming);
            ps.setString(3, String.join("\n", acknowledged));
            Jdbc.setInstant(ps, 4, at);
            ps.executeUpdate();
        }
    }

    /** The newest note nobody has taken over yet: an older one was overtaken by a later handover. */
    Optional<HandoverNote> pending() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.outgoing, n.summary, n.open_items, "
                    + "n.written_at FROM handover_note n WHERE NOT EXISTS (SELECT 1 FROM handover_taken t "
                    + "WHERE t.note_id = n.id) AND NOT EXISTS (SELECT 1 FROM handover_taken t WHERE t.taken_at > "
                    + "n.written_at) ORDER BY n.id DESC FETCH FIRST 1 ROW ONLY");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String items = rs.getString("open_items");
                return Optional.of(new HandoverNote(rs.getLong("id"), rs.getString("outgoing"), rs.getString("summary"),
                        items.isEmpty() ? List.of() : Arrays.asList(items.split("\n")),
                        Jdbc.instant(rs, "written_at")));
            }
        });
    }
}
