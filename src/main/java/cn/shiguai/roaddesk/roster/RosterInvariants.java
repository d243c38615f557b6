package cn.shiguai.roaddesk.roster;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What every roster must satisfy, whether loaded from the file or changed in the roster screen. */
final class RosterInvariants {
    private RosterInvariants() {
    }

    static void check(List<Position> positions, List<Term> terms) {
        checkPositions(positions);
        Map<String, Position> byKey = positions.stream().collect(Collectors.toMap(Position::key, Function.identity()));
        for (Term term : terms) {
            Position position = byKey.get(term.positionKey());
            if (position == null) {
                throw new RosterException("roster.problem.unknownPosition", term.positionKey());
            }
            if (!term.role().fits(position)) {
                throw new RosterException("roster.problem.roleDoesNotFit", term.role().name(), position.key());
            }
        }
        checkNoOverlap(terms);
    }

    static void checkPositions(List<Position> positions) {
        Set<String> keys = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (Position p : positions) {
            if (!keys.add(p.key())) {
                throw new RosterException("roster.problem.duplicateKey", p.key());
            }
            if (!orders.add(p.sortOrder())) {
                throw new RosterException("roster.problem.duplicateSortOrder", p.sortOrder());
            }
        }
        // Authority (§六) hangs on one group leader and one office; two of either would make it ambiguous.
        for (GroupRole single : List.of(GroupRole.LEADER, GroupRole.OFFICE)) {
            long count = positions.stream().filter(p -> p.groupRole() == single).count();
            if (count != 1) {
                throw new RosterException("roster.problem.exactlyOne", single.word(), count);
            }
        }
    }

    /**
     * A post has one holder at a time, and a duty officer has one duty term at a time. Two
     * holders on one day would make "who held the post then" unanswerable.
     */
    private static void checkNoOverlap(List<Term> terms) {
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                Term a = terms.get(i);
                Term b = terms.get(j);
                boolean samePost = a.positionKey().equals(b.positionKey())
                        && a.role().holdsThePost() && b.role().holdsThePost();
                boolean sameDutyOfficer = a.role() == TermRole.DUTY_OFFICER && b.role() == TermRole.DUTY_OFFICER
                        && Roster.samePerson(a.person(), b.person());
                if ((samePost || sameDutyOfficer) && a.overlaps(b)) {
                    throw new RosterException("roster.problem.overlap", a.positionKey(), a.person(), a.start(),
                            b.person(), b.start());
                }
            }
        }
    }
}
