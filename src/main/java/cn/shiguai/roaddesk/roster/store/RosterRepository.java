package cn.shiguai.roaddesk.roster.store;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import cn.shiguai.roaddesk.roster.GroupRole;
import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.roster.TermRole;

/**
 * Positions and the people who held them. A change of holder ends the current term the day
 * before the new one starts, so past reports still name who held the post then. Terms and their
 * ends are history rows, never updated: the log entries that record them cover them by hash.
 */
public final class RosterRepository {
    /** The position of the emergency office, whose terms carry a role (director, duty officers). */
    public static final String OFFICE = "EMERGENCY_OFFICE";
    /** A term's end is the one written into it (before V13) or its row in roster_term_end. */
    private static final String TERM_COLUMNS = "t.id, t.position_key, t.person, t.start_date, "
            + "COALESCE(t.end_date, e.end_date) AS end_date, t.note, t.role, t.entered_by, t.recorded_at";
    private static final String TERMS = "roster_term t LEFT JOIN roster_term_end e ON e.term_id = t.id";

    private final Database database;
    private final DutyLog log;

    public RosterRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    public List<PositionRow> positions() {
        return database.read(RosterRepository::positions);
    }

    static List<PositionRow> positions(Connection c) throws SQLException {
        List<PositionRow> positions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position_key, title, group_role, sort_order, member_unit "
                + "FROM roster_position ORDER BY sort_order, position_key"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                positions.add(new PositionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5)));
            }
        }
        return positions;
    }

    void addPosition(Connection txn, PositionRow p) throws SQLException {
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO roster_position (position_key, title, group_role, "
                + "sort_order, member_unit) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, p.key());
            ps.setString(2, p.title());
            ps.setString(3, p.groupRole());
            ps.setInt(4, p.sortOrder());
            ps.setBoolean(5, p.memberUnit());
            ps.executeUpdate();
        }
    }

    long addTerm(Connection txn, String positionKey, String person, LocalDate start, LocalDate end, TermRole role,
                 String note, String enteredBy) throws SQLException {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a term cannot end (" + end + ") before it starts (" + start + ")");
        }
        if (end == null && role.holdsThePost() && current(txn, positionKey).isPresent()) {
            throw new IllegalArgumentException(positionKey + " has a current holder: end that term first");
        }
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO roster_term (position_key, person, start_date, "
                + "end_date, role, note, entered_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, positionKey);
            ps.setString(2, person.strip());
            Jdbc.setDate(ps, 3, start);
            Jdbc.setDate(ps, 4, end);
            ps.setString(5, role.name());
            ps.setString(6, note);
            ps.setString(7, enteredBy);
            Jdbc.setInstant(ps, 8, database.now());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** The whole roster, history included, as the pure model that decides who may do what. */
    public Roster roster() {
        return database.read(c -> {
            List<Position> positions = positions(c).stream().map(p -> new Position(p.key(), p.title(),
                    GroupRole.fromWord(p.groupRole()), p.sortOrder(), p.memberUnit())).toList();
            List<Term> terms = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TERM_COLUMNS + " FROM " + TERMS
                    + " ORDER BY t.start_date, t.id")) {
                read(ps).forEach(t -> terms.add(t.term()));
            }
            return new Roster(versionOf(c), positions, terms);
        });
    }

    /** A duty officer of the emergency office from {@code start} (§六(二): records on the director's order). */
    public TermRow appointDutyOfficer(String person, LocalDate start, String note, String enteredBy) {
        return database.write(txn -> {
            long id = addTerm(txn, OFFICE, person, start, null, TermRole.DUTY_OFFICER, note, enteredBy);
            log.append(txn, LogDraft.of(enteredBy, LogCategory.ROSTER,
                    RecordLanguage.text("log.text.dutyOfficerAppointed", person.strip(), RecordLanguage.date(start)))
                    .concerning(LinkType.POSITION_TERM, id));
            return terms(txn, OFFICE).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        });
    }

    /** Ends a duty officer's open term on {@code lastDay}; the term itself is kept. */
    public void endDutyOfficer(String person, LocalDate lastDay, String enteredBy) {
        database.write(txn -> {
            TermRow term = terms(txn, OFFICE).stream()
                    .filter(t -> t.role() == TermRole.DUTY_OFFICER && t.endDate() == null && t.person().equals(person.strip()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(person + " is not a duty officer now"));
            endTerm(txn, term, lastDay, enteredBy);
            log.append(txn, LogDraft.of(enteredBy, LogCategory.ROSTER,
                    RecordLanguage.text("log.text.dutyOfficerEnded", term.person(), RecordLanguage.date(lastDay)))
                    .concerning(LinkType.POSITION_TERM, term.id()).concerning(LinkType.TERM_END, term.id()));
            return null;
        });
    }

    /** A term ends by a row of its own (V13): the term itself is never changed. */
    private void endTerm(Connection txn, TermRow term, LocalDate lastDay, String enteredBy) throws SQLException {
        if (lastDay.isBefore(term.startDate())) {
            throw new IllegalArgumentException("a term cannot end (" + lastDay + ") before it starts (" + term.startDate() + ")");
        }
        try (PreparedStatement ps = txn.prepareStatement("INSERT INTO roster_term_end (term_id, end_date, entered_by, "
                + "recorded_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, term.id());
            Jdbc.setDate(ps, 2, lastDay);
            ps.setString(3, enteredBy);
            Jdbc.setInstant(ps, 4, database.now());
            ps.executeUpdate();
        }
    }

    private static String versionOf(Connection c) {
        return "db";
    }

    /** Ends the current holder's term the day before {@code start} and records the new holder. */
    public TermRow changeHolder(String positionKey, String person, LocalDate start, String note, String enteredBy) {
        return database.write(txn -> changeHolder(txn, positionKey, person, start, note, enteredBy));
    }

    public TermRow changeHolder(Connection txn, String positionKey, String person, LocalDate start, String note,
                                String enteredBy) throws SQLException {
        Optional<TermRow> current = current(txn, positionKey);
        if (current.isPresent()) {
            if (!start.isAfter(current.get().startDate())) {
                throw new IllegalArgumentException("the new term must start after " + current.get().startDate());
            }
            endTerm(txn, current.get(), start.minusDays(1), enteredBy);
        }
        TermRole role = current.map(TermRow::role).orElse(OFFICE.equals(positionKey) ? TermRole.DIRECTOR : TermRole.HOLDER);
        long id = addTerm(txn, positionKey, person, start, null, role, note, enteredBy);
        String before = current.map(TermRow::person).orElse("—");
        LogDraft entry = LogDraft.of(enteredBy, LogCategory.ROSTER,
                RecordLanguage.text("log.text.holder", positions(txn).stream().filter(p -> p.key().equals(positionKey))
                        .map(PositionRow::title).findFirst().orElse(positionKey), before, person.strip(), RecordLanguage.date(start)))
                .concerning(LinkType.POSITION_TERM, id);
        log.append(txn, current.isEmpty() ? entry : entry.concerning(LinkType.POSITION_TERM, current.get().id())
                .concerning(LinkType.TERM_END, current.get().id()));
        return terms(txn, positionKey).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** Who held the position on that day, for reports about the past. */
    public Optional<TermRow> holderOn(String positionKey, LocalDate day) {
        return database.read(c -> terms(c, positionKey).stream().filter(t -> t.coversDay(day)).findFirst());
    }

    public List<TermRow> currentTerms() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TERM_COLUMNS + " FROM " + TERMS
                    + " JOIN roster_position p ON p.position_key = t.position_key "
                    + "WHERE t.end_date IS NULL AND e.end_date IS NULL AND t.role <> 'DUTY_OFFICER' ORDER BY p.sort_order")) {
                return read(ps);
            }
        });
    }

    public List<TermRow> terms(String positionKey) {
        return database.read(c -> terms(c, positionKey));
    }

    /** The open term holding the post itself; duty officers of the office do not hold it. */
    private static Optional<TermRow> current(Connection c, String positionKey) throws SQLException {
        return terms(c, positionKey).stream().filter(t -> t.endDate() == null && t.role().holdsThePost()).findFirst();
    }

    private static List<TermRow> terms(Connection c, String positionKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TERM_COLUMNS + " FROM " + TERMS
                + " WHERE t.position_key = ? ORDER BY t.start_date, t.id")) {
            ps.setString(1, positionKey);
            return read(ps);
        }
    }

    private static List<TermRow> read(PreparedStatement ps) throws SQLException {
        List<TermRow> terms = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                terms.add(new TermRow(rs.getLong("id"), rs.getString("position_key"), rs.getString("person"),
                        Jdbc.date(rs, "start_date"), Jdbc.date(rs, "end_date"), rs.getString("note"),
                        TermRole.valueOf(rs.getString("role")), rs.getString("entered_by"), Jdbc.instant(rs, "recorded_at")));
            }
        }
        return terms;
    }
}
