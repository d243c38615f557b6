package cn.shiguai.roaddesk.measures.store;

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
import java.util.Set;

/**
 * What each activation owes, and every status report on it. A status changes only by a new
 * recorded update; the latest update is the current status.
 */
public final class AssignmentRepository {
    public static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANNOT", "CANCELLED");
    private static final String SELECT = "SELECT a.id, a.activation_id, a.item_id, i.item_key, a.position_key, a.role, "
            + "a.added_at, a.added_by, a.carried_from, COALESCE((SELECT s.status FROM status_update s "
            + "WHERE s.assignment_id = a.id ORDER BY s.id DESC LIMIT 1), 'NOT_STARTED') AS latest_status "
            + "FROM activation_assignment a JOIN catalogue_item i ON i.id = a.item_id ";

    private final Database database;
    private final DutyLog log;

    public AssignmentRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /**
     * Records that the activation owes the item from this position, as part of the decision that
     * set the level. Written inside the decision's transaction, whose duty-log entry lists what
     * the level owes; a carried assignment takes over the status of the one it continues.
     */
    public AssignmentRow assign(Connection txn, long activationId, long decisionId, long itemId, String positionKey,
                                String role, String addedBy, Long carriedFrom) throws SQLException {
        long id;
        Instant now = database.now();
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO activation_assignment (activation_id, decision_id, "
                + "item_id, position_key, role, added_at, added_by, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, activationId);
            ps.setLong(2, decisionId);
            ps.setLong(3, itemId);
            ps.setString(4, positionKey);
            ps.setString(5, role);
            Jdbc.setInstant(ps, 6, now);
            ps.setString(7, addedBy);
            Jdbc.setLong(ps, 8, carriedFrom);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        if (carriedFrom != null) {
            carryStatus(txn, carriedFrom, id, now);
        }
        return byId(txn, id);
    }

    /** The latest report on the assignment carried from becomes the first of its continuation. */
    private static void carryStatus(Connection txn, long from, long to, Instant now) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO status_update (assignment_id, status, reported_by, "
                + "entered_by, reported_at, recorded_at, note) SELECT ?, status, reported_by, entered_by, reported_at, ?, "
                + "note FROM status_update WHERE assignment_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, to);
            Jdbc.setInstant(ps, 2, now);
            ps.setLong(3, from);
            ps.executeUpdate();
        }
    }

    /** What one decision made the activation owe: the current set when it is the latest decision. */
    public List<AssignmentRow> forDecision(long decisionId) {
        return database.read(c -> forDecision(c, decisionId));
    }

    static List<AssignmentRow> forDecision(Connection c, long decisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.decision_id = ? ORDER BY i.sort_order, a.id")) {
            ps.setLong(1, decisionId);
            return read(ps);
        }
    }

    /** The latest decision before this one that made the activation owe something: what was owed until now. */
    static java.util.Optional<Long> previousOwingDecision(Connection c, long activationId, long decisionId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(decision_id) FROM activation_assignment "
                + "WHERE activation_id = ? AND decision_id < ?")) {
            ps.setLong(1, activationId);
            ps.setLong(2, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long found = rs.getLong(1);
                return rs.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(found);
            }
        }
    }

    /** The latest report on each of these assignments, by assignment id. */
    public java.util.Map<Long, StatusUpdateRow> latestUpdates(List<Long> assignmentIds) {
        return assignmentIds.isEmpty() ? new java.util.HashMap<>() : database.read(c -> latestUpdates(c, assignmentIds));
    }

    static java.util.Map<Long, StatusUpdateRow> latestUpdates(Connection c, List<Long> assignmentIds)
            throws SQLException {
        java.util.Map<Long, StatusUpdateRow> latest = new java.util.HashMap<>();
        if (assignmentIds.isEmpty()) {
            return latest;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, assignment_id, status, reported_by, entered_by, "
                + "reported_at, recorded_at, note FROM status_update WHERE assignment_id = ANY(?) ORDER BY id")) {
            ps.setObject(1, assignmentIds.toArray(new Long[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(rs.getLong(2), new StatusUpdateRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), Jdbc.instant(rs, "reported_at"),
                            Jdbc.instant(rs, "recorded_at"), rs.getString(8)));
                }
            }
        }
        return latest;
    }

    public List<AssignmentRow> forActivation(long activationId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.activation_id = ? ORDER BY i.sort_order, a.id")) {
                ps.setLong(1, activationId);
                return read(ps);
            }
        });
    }

    /**
     * Reports only when the assignment's latest status update is still {@code basedOn}: checked in
     * the write's transaction, under the writers' lock that every seat takes (0020), so two seats
     * saving over the same view cannot both pass.
     */
    public StatusUpdateRow reportOver(long basedOn, long assignmentId, String status, String reportedBy,
                                      String enteredBy, Instant reportedAt, String note) {
        return database.write(txn -> {
            StatusUpdateRow newer = latestUpdates(txn, List.of(assignmentId)).get(assignmentId);
            if (newer != null && newer.id() != basedOn) {
                throw new cn.shiguai.roaddesk.measures.StatusChangedMeanwhile(newer.id(),
                        cn.shiguai.roaddesk.measures.MeasureStatus.valueOf(newer.status()), newer.reportedBy(),
                        newer.enteredBy(), newer.recordedAt(), newer.note());
            }
            return report(txn, assignmentId, status, reportedBy, enteredBy, reportedAt, note);
        });
    }

    public StatusUpdateRow report(long assignmentId, String status, String reportedBy, String enteredBy,
                                  Instant reportedAt, String note) {
        return database.write(txn -> report(txn, assignmentId, status, reportedBy, enteredBy, reportedAt, note));
    }

    public StatusUpdateRow report(Connection txn, long assignmentId, String status, String reportedBy, String enteredBy,
                                  Instant reportedAt, String note) throws SQLException {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status " + status);
        }
        Instant recorded = database.now();
        long id;
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO status_update (assignment_id, status, reported_by, "
                + "entered_by, reported_at, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, assignmentId);
            ps.setString(2, status);
            ps.setString(3, reportedBy);
            ps.setString(4, enteredBy);
            Jdbc.setInstant(ps, 5, reportedAt);
            Jdbc.setInstant(ps, 6, recorded);
            ps.setString(7, note);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        String[] names = names(txn, assignmentId);
        log.append(txn, LogDraft.of(enteredBy, LogCategory.MEASURE, RecordLanguage.text("log.text.status", names[0],
                names[1], RecordLanguage.text("log.value.status." + status), reportedBy,
                note == null ? "" : note)).occurredAt(reportedAt)
                .concerning(LinkType.ASSIGNMENT, assignmentId).concerning(LinkType.STATUS_UPDATE, id));
        return new StatusUpdateRow(id, assignmentId, status, reportedBy, enteredBy, reportedAt, recorded, note);
    }

    /**
     * 撤销: the assignment was owed only because of a decision recorded by mistake. The status
     * row says so with the reason; the one log entry of the correction names how many.
     */
    void cancel(Connection txn, long assignmentId, String by, String reason) throws SQLException {
        Instant now = database.now();
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO status_update (assignment_id, status, reported_by, "
                + "entered_by, reported_at, recorded_at, note) VALUES (?, 'CANCELLED', ?, ?, ?, ?, ?)")) {
            ps.setLong(1, assignmentId);
            ps.setString(2, by);
            ps.setString(3, by);
            Jdbc.setInstant(ps, 4, now);
            Jdbc.setInstant(ps, 5, now);
            ps.setString(6, reason);
            ps.executeUpdate();
        }
    }

    /** Every update of one assignment, oldest first. */
    public List<StatusUpdateRow> updates(long assignmentId) {
        return database.read(c -> {
            List<StatusUpdateRow> updates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, assignment_id, status, reported_by, entered_by, "
                    + "reported_at, recorded_at, note FROM status_update WHERE assignment_id = ? ORDER BY id")) {
                ps.setLong(1, assignmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        updates.add(new StatusUpdateRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Jdbc.instant(rs, "reported_at"), Jdbc.instant(rs, "recorded_at"),
                                rs.getString(8)));
                    }
                }
            }
            return updates;
        });
    }

    /** "II.10 客运安全教育" and "区交通运输局局长": what a reader of the log recognises. */
    private static String[] names(Connection c, long assignmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.item_key, i.title, p.title FROM activation_assignment a "
                + "JOIN catalogue_item i ON i.id = a.item_id JOIN roster_position p ON p.position_key = a.position_key "
                + "WHERE a.id = ?")) {
            ps.setLong(1, assignmentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String item = rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + " " + rs.getString(2);
                return new String[] {item, rs.getString(3)};
            }
        }
    }

    private static AssignmentRow byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.id = ?")) {
            ps.setLong(1, id);
            return read(ps).get(0);
        }
    }

    private static List<AssignmentRow> read(PreparedStatement ps) throws SQLException {
        List<AssignmentRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new AssignmentRow(rs.getLong("id"), rs.getLong("activation_id"), rs.getLong("item_id"),
                        rs.getString("item_key"), rs.getString("position_key"), rs.getString("role"),
                        Jdbc.instant(rs, "added_at"), rs.getString("added_by"), Jdbc.nullableLong(rs, "carried_from"),
                        rs.getString("latest_status")));
            }
        }
        return rows;
    }
}
