package cn.shiguai.roaddesk.warnings.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.warnings.SignalColour;
import cn.shiguai.roaddesk.warnings.SignalKind;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.warnings.WarningSignal;
import cn.shiguai.roaddesk.warnings.WarningsInForce;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warning signals kept as received (append-only), and which were replaced or withdrawn. In
 * force is computed against the moment asked about: an expired signal is still stored.
 */
public final class WarningRepository implements WarningsInForce {
    private static final String COLUMNS = "s.id, s.kind, s.colour, s.sender, s.sender_name, s.headline, "
            + "s.area_desc, s.sent, s.expires, s.effective, s.instruction";

    private final Database database;

    public WarningRepository(Database database) {
        this.database = database;
    }

    /** A signal already kept: the same sender and identifier. */
    public Optional<WarningInForce> find(Connection txn, String sender, String identifier) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("SELECT " + COLUMNS + " FROM warning_signal s "
                + "WHERE s.sender = ? AND s.identifier = ?")) {
            ps.setString(1, sender);
            ps.setString(2, identifier);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** Whether a later signal has replaced or withdrawn this one. */
    public boolean isWithdrawn(Connection txn, long id) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("SELECT 1 FROM warning_withdrawal WHERE warning_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public long insert(Connection txn, WarningSignal s, String file, Instant receivedAt, long logSeq)
            throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO warning_signal (identifier, sender, sent, msg_type, "
                + "refs, kind, colour, event, sender_name, severity, urgency, headline, description, instruction, "
                + "effective, expires, area_desc, file, received_at, log_seq) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.identifier());
            ps.setString(2, s.sender());
            Jdbc.setInstant(ps, 3, s.sent());
            ps.setString(4, s.type().name());
            ps.setString(5, s.references().isEmpty() ? null : s.references().stream()
                    .map(r -> r.sender() + "," + r.identifier() + "," + r.sent()).collect(Collectors.joining(" ")));
            ps.setString(6, s.kind() == null ? null : s.kind().name());
            ps.setString(7, s.colour() == null ? null : s.colour().name());
            ps.setString(8, s.event());
            ps.setString(9, s.senderName());
            ps.setString(10, s.severity());
            ps.setString(11, s.urgency());
            ps.setString(12, s.headline());
            ps.setString(13, s.description());
            ps.setString(14, s.instruction());
            Jdbc.setInstant(ps, 15, s.effective());
            Jdbc.setInstant(ps, 16, s.expires());
            ps.setString(17, s.areaDesc());
            ps.setString(18, file);
            Jdbc.setInstant(ps, 19, receivedAt);
            ps.setLong(20, logSeq);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    public void withdraw(Connection txn, long id, long byId) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO warning_withdrawal (warning_id, by_id) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, byId);
            ps.executeUpdate();
        }
    }

    @Override
    public List<WarningInForce> at(Instant now) {
        return database.read(c -> {
            List<WarningInForce> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM warning_signal s "
                    + "WHERE s.msg_type <> 'CANCEL' AND (s.expires IS NULL OR s.expires > ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM warning_withdrawal w WHERE w.warning_id = s.id)")) {
                Jdbc.setInstant(ps, 1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(row(rs));
                    }
                }
            }
            found.sort(Comparator.comparing(WarningInForce::colour).reversed()
                    .thenComparing(WarningInForce::sent, Comparator.reverseOrder()));
            return found;
        });
    }

    private static WarningInForce row(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String colour = rs.getString("colour");
        String name = rs.getString("sender_name");
        return new WarningInForce(rs.getLong("id"), kind == null ? null : SignalKind.valueOf(kind),
                colour == null ? null : SignalColour.valueOf(colour), name == null ? rs.getString("sender") : name,
                rs.getString("headline"), rs.getString("area_desc"), Jdbc.instant(rs, "sent"),
                Jdbc.instant(rs, "expires"), Jdbc.instant(rs, "effective"), rs.getString("instruction"));
    }
}
