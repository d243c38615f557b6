package cn.shiguai.roaddesk.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens to the measures when the level changes (or the response starts, ends, or a
 * traffic cut begins or ends): the new level's assignments are owed; an assignment whose
 * position already owed the same plan sentence (see {@link Wording}) carries its status over,
 * since the unit is doing the same work; the old assignments no longer owed are closed with
 * their last status. Nothing is deleted: closed assignments stay in the record of the old level.
 */
public record PlanChange(ActivationPlan from, ActivationPlan to, List<Carried> carried, List<Assignment> added,
                         List<Closed> closed) {

    /** A new assignment that continues an old one of the same position and the same wording. */
    public record Carried(Assignment assignment, AssignmentKey carriedFrom, MeasureStatus status) {
    }

    /** An old assignment no longer owed, with the status it had when it was closed. */
    public record Closed(Assignment assignment, MeasureStatus lastStatus) {
    }

    public PlanChange {
        carried = List.copyOf(carried);
        added = List.copyOf(added);
        closed = List.copyOf(closed);
    }

    /**
     * @param statuses the current status of the old plan's assignments; one missing is
     *                 {@link MeasureStatus#NOT_STARTED}
     */
    public static PlanChange between(ActivationPlan from, Map<AssignmentKey, MeasureStatus> statuses,
                                     ActivationPlan to) {
        List<Carried> carried = new ArrayList<>();
        List<Assignment> added = new ArrayList<>();
        List<Assignment> stillOwed = new ArrayList<>();
        for (Assignment next : to.assignments()) {
            Optional<Assignment> previous = sameWork(next, from.assignments());
            if (previous.isPresent()) {
                AssignmentKey old = previous.get().key();
                carried.add(new Carried(next, old, statuses.getOrDefault(old, MeasureStatus.NOT_STARTED)));
                stillOwed.add(previous.get());
            } else {
                added.add(next);
            }
        }
        List<Closed> closed = new ArrayList<>();
        for (Assignment old : from.assignments()) {
            if (!stillOwed.contains(old)) {
                closed.add(new Closed(old, statuses.getOrDefault(old.key(), MeasureStatus.NOT_STARTED)));
            }
        }
        return new PlanChange(from, to, carried, added, closed);
    }

    /** Same position, same sentence. The share may differ; the work does not. */
    private static Optional<Assignment> sameWork(Assignment next, List<Assignment> old) {
        return old.stream()
                .filter(a -> a.positionKey().equals(next.positionKey()) && a.wording().equals(next.wording()))
                .findFirst();
    }

    /** The status each assignment of the new plan starts with: carried, or not started. */
    public Map<AssignmentKey, MeasureStatus> openingStatuses() {
        Map<AssignmentKey, MeasureStatus> statuses = new LinkedHashMap<>();
        for (Assignment a : to.assignments()) {
            statuses.put(a.key(), MeasureStatus.NOT_STARTED);
        }
        carried.forEach(c -> statuses.put(c.assignment().key(), c.status()));
        return statuses;
    }

    /** What changed, item by item, for the duty log. */
    public ChangeSummary summary() {
        return ChangeSummary.of(this);
    }
}
