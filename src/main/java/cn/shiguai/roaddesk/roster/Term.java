package cn.shiguai.roaddesk.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in a position from {@code start} to {@code end}, both days included. An open term
 * has no end. Past terms are kept so that a report of a past day shows who held the post then.
 *
 * @param end  the last day in office, or {@code null} while the term runs
 * @param note free text from the roster, e.g. 副组长；兼任应急办公室主任; may be {@code null}
 */
public record Term(String positionKey, String person, LocalDate start, LocalDate end, TermRole role, String note) {

    public Term {
        Objects.requireNonNull(positionKey, "positionKey");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(role, "role");
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("a term needs a person");
        }
        person = person.strip();
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a term cannot end before it starts: " + start + " – " + end);
        }
    }

    public boolean isOpen() {
        return end == null;
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(end);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether the two terms share at least one day. */
    public boolean overlaps(Term other) {
        boolean thisEndsBefore = end != null && end.isBefore(other.start);
        boolean otherEndsBefore = other.end != null && other.end.isBefore(start);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public Term endingOn(LocalDate lastDay) {
        return new Term(positionKey, person, start, lastDay, role, note);
    }

    public boolean isHeldBy(String name) {
        return Roster.samePerson(person, name);
    }
}
