package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an activation at one level owes, position by position: the level's measures and the
 * standing tasks owed at that level (those for a traffic cut only while traffic is cut), with
 * ALL expanded to the roster's member units.
 *
 * <p>A position gets one share per item: when it is both lead and supporting (III.1 is led by
 * ALL and supported by the traffic police, who are a member unit), it leads, because leading
 * includes what supporting would ask of it.
 */
public record ActivationPlan(ResponseLevel level, boolean trafficCut, List<Assignment> assignments) {

    public ActivationPlan {
        assignments = List.copyOf(assignments);
    }

    /** Nothing owed: before the first activation and after the response ends. */
    public static ActivationPlan none() {
        return new ActivationPlan(ResponseLevel.NONE, false, List.of());
    }

    public static ActivationPlan of(MeasureCatalogue catalogue, Roster roster, ResponseLevel level, boolean trafficCut) {
        List<Assignment> assignments = new ArrayList<>();
        for (CatalogueItem item : catalogue.itemsOwed(level, trafficCut)) {
            Set<String> leads = expand(item.lead(), roster);
            Set<String> supports = expand(item.supporting(), roster);
            supports.removeAll(leads);
            leads.forEach(key -> assignments.add(new Assignment(item, key, Share.LEAD)));
            supports.forEach(key -> assignments.add(new Assignment(item, key, Share.SUPPORTING)));
        }
        return new ActivationPlan(level, trafficCut, assignments);
    }

    /** Keys in the roster's order, so every list of positions reads the same way. */
    private static Set<String> expand(List<String> keys, Roster roster) {
        Set<String> expanded = new LinkedHashSet<>();
        for (Position position : roster.positions()) {
            boolean named = keys.contains(position.key());
            boolean byAll = keys.contains(CatalogueItem.ALL) && position.memberUnit();
            if (named || byAll) {
                expanded.add(position.key());
            }
        }
        return expanded;
    }

    /** The items owed, each once, in catalogue order. */
    public List<CatalogueItem> items() {
        Set<CatalogueItem> items = new LinkedHashSet<>();
        assignments.forEach(a -> items.add(a.item()));
        return List.copyOf(items);
    }

    public List<Measure> measures() {
        return items().stream().filter(Measure.class::isInstance).map(Measure.class::cast).toList();
    }

    public List<StandingTask> standingTasks() {
        return items().stream().filter(StandingTask.class::isInstance).map(StandingTask.class::cast).toList();
    }

    /**
     * Assignments grouped by position, positions in roster order, each position's items in
     * catalogue order. A position that owes nothing is absent.
     */
    public Map<String, List<Assignment>> byPosition(Roster roster) {
        Map<String, List<Assignment>> grouped = new LinkedHashMap<>();
        for (Position position : roster.positions()) {
            List<Assignment> owed = assignments.stream().filter(a -> a.positionKey().equals(position.key())).toList();
            if (!owed.isEmpty()) {
                grouped.put(position.key(), owed);
            }
        }
        return grouped;
    }

    /** What one position owes, in catalogue order. */
    public List<Assignment> owedBy(String positionKey) {
        return assignments.stream().filter(a -> a.positionKey().equals(positionKey)).toList();
    }
}
