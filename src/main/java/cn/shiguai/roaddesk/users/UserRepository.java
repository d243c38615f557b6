package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The users' tables (V30): rows are only ever added; a user's newest change row is their state. */
final class UserRepository {
    private static final String COLUMNS = "u.id, u.name, ch.id, ch.role, ch.person, ch.password_hash, ch.disabled, "
            + "ch.failed_sign_ins, ch.locked_until";
    private static final String NEWEST = "ch.id = (SELECT MAX(n.id) FROM desk_user_change n WHERE n.user_id = u.id)";

    Optional<UserRow> current(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM desk_user u "
                + "JOIN desk_user_change ch ON " + NEWEST + " WHERE u.name = ?")) {
            ps.setString(1, name);
            List<UserRow> rows = read(ps);
            return rows.stream().findFirst();
        }
    }

    /** Every user ever added, in the order they were added. */
    List<UserRow> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM desk_user u "
                + "JOIN desk_user_change ch ON " + NEWEST + " ORDER BY u.id")) {
            return read(ps);
        }
    }

    long insertUser(Connection txn, String name, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO desk_user (name, created_by, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, by);
            Jdbc.setInstant(ps, 3, at);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** A new row of the user's history holding {@code state}; its id, for the log entry's link. */
    long append(Connection txn, UserRow state, ChangeKind kind, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO desk_user_change (user_id, change_kind, role, person, "
                + "password_hash, disabled, failed_sign_ins, locked_until, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, state.userId());
            ps.setString(2, kind.name());
            ps.setString(3, state.role().name());
            ps.setString(4, state.person());
            ps.setString(5, state.passwordHash());
            ps.setBoolean(6, state.disabled());
            ps.setInt(7, state.failedSignIns());
            Jdbc.setInstant(ps, 8, state.lockedUntil());
            ps.setString(9, by);
            Jdbc.setInstant(ps, 10, at);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    private static List<UserRow> read(PreparedStatement ps) throws SQLException {
        List<UserRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new UserRow(rs.getLong(1), rs.getString(2), rs.getLong(3), Role.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8), Jdbc.instant(rs, "locked_until")));
            }
        }
        return rows;
    }
}
