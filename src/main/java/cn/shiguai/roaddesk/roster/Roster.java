package cn.shiguai.roaddesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The leading group's positions and who held them when. Immutable: a change returns a new
 * roster in which the old term is ended, never removed, so the history stays answerable.
 */
public final class Roster {
    private final String version;
    private final List<Position> positions;
    private final List<Term> terms;

    /** @throws RosterException when the terms contradict each other or the positions */
    public Roster(String version, List<Position> positions, List<Term> terms) {
        this.version = version;
        this.positions = positions.stream().sorted(Comparator.comparingInt(Position::sortOrder)).toList();
        this.terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
        RosterInvariants.check(this.positions, this.terms);
    }

    /** Names are compared without whitespace: the plan itself typesets 高慧 as "高 慧". */
    public static boolean samePerson(String a, String b) {
        return a != null && b != null && a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }

    public String version() {
        return version;
    }

    /** In the plan's order (sortOrder). */
    public List<Position> positions() {
        return positions;
    }

    public Optional<Position> position(String key) {
        return positions.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Position requirePosition(String key) {
        return position(key).orElseThrow(() -> new RosterException("roster.problem.unknownPosition", key));
    }

    /** The member units (成员单位) that "ALL" in the measure catalogue stands for. */
    public List<Position> memberUnits() {
        return positions.stream().filter(Position::memberUnit).toList();
    }

    public Position leaderPosition() {
        return positions.stream().filter(p -> p.groupRole() == GroupRole.LEADER).findFirst().orElseThrow();
    }

    public List<Position> deputyPositions() {
        return positions.stream().filter(p -> p.groupRole() == GroupRole.DEPUTY).toList();
    }

    public Position office() {
        return positions.stream().filter(Position::isOffice).findFirst().orElseThrow();
    }

    /** Every term, oldest first. */
    public List<Term> terms() {
        return terms;
    }

    /** Every term of one position, oldest first, including past and future ones. */
    public List<Term> history(String positionKey) {
        requirePosition(positionKey);
        return terms.stream().filter(t -> t.positionKey().equals(positionKey)).toList();
    }

    /** Who held the post on that day; for the office, its director. Empty while the post was vacant. */
    public Optional<Term> holderOn(String positionKey, LocalDate day) {
        requirePosition(positionKey);
        return terms.stream()
                .filter(t -> t.positionKey().equals(positionKey) && t.role().holdsThePost() && t.covers(day))
                .findFirst();
    }

    public Optional<Term> groupLeaderOn(LocalDate day) {
        return holderOn(leaderPosition().key(), day);
    }

    /** The deputy leaders (副组长) on that day, in the plan's order. */
    public List<Term> deputiesOn(LocalDate day) {
        return deputyPositions().stream().flatMap(p -> holderOn(p.key(), day).stream()).toList();
    }

    /** The emergency office director (应急办主任) on that day. */
    public Optional<Term> directorOn(LocalDate day) {
        return holderOn(office().key(), day);
    }

    public List<Term> dutyOfficersOn(LocalDate day) {
        return terms.stream().filter(t -> t.role() == TermRole.DUTY_OFFICER && t.covers(day)).toList();
    }

    /** The posts a person held on that day (刘雪峰 holds two in 2019). */
    public List<Term> termsOf(String person, LocalDate day) {
        return terms.stream().filter(t -> t.isHeldBy(person) && t.covers(day)).toList();
    }

    /**
     * A new person takes the post (for the office: becomes director) from {@code start}. The
     * running term ends the day before; a change dated on or before the running term's first
     * day would erase history and is refused.
     */
    public Roster changeHolder(String positionKey, String person, LocalDate start, String note) {
        Position position = requirePosition(positionKey);
        TermRole role = position.isOffice() ? TermRole.DIRECTOR : TermRole.HOLDER;
        List<Term> changed = new ArrayList<>(terms);
        Optional<Term> current = holderOn(positionKey, start);
        if (current.isPresent()) {
            Term running = current.get();
            if (running.isHeldBy(person)) {
                throw new RosterException("roster.problem.sameHolder", person, position.title());
            }
            if (!running.start().isBefore(start)) {
                throw new RosterException("roster.problem.changeNotAfterStart", start, running.person(), running.start());
            }
            changed.set(changed.indexOf(running), running.endingOn(start.minusDays(1)));
        }
        changed.add(new Term(positionKey, person, start, null, role, note));
        return new Roster(version, positions, changed);
    }

    /** Adds a duty officer (值班员) to the emergency office from {@code start}. */
    public Roster appointDutyOfficer(String person, LocalDate start, String note) {
        List<Term> changed = new ArrayList<>(terms);
        changed.add(new Term(office().key(), person, start, null, TermRole.DUTY_OFFICER, note));
        return new Roster(version, positions, changed);
    }

    /** The duty officer's last day; the term is kept. */
    public Roster endDutyOfficer(String person, LocalDate lastDay) {
        Term running = dutyOfficersOn(lastDay).stream().filter(t -> t.isHeldBy(person)).findFirst()
                .orElseThrow(() -> new RosterException("roster.problem.notDutyOfficer", person, lastDay));
        List<Term> changed = new ArrayList<>(terms);
        changed.set(changed.indexOf(running), running.endingOn(lastDay));
        return new Roster(version, positions, changed);
    }
}
