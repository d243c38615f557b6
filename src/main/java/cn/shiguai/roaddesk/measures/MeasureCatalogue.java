package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The measures of §八 and the standing tasks, in the plan's order, as loaded from a versioned
 * catalogue file. A revised plan is a new catalogue with its own name and version.
 *
 * @param name    the plan's document number, e.g. 石府办发〔2019〕2号
 * @param version the catalogue file's version, raised when a text or an assignment changes
 */
public record MeasureCatalogue(String name, int version, List<Measure> measures, List<StandingTask> standingTasks) {

    public MeasureCatalogue {
        measures = List.copyOf(measures);
        standingTasks = List.copyOf(standingTasks);
    }

    /** The measures of one level, by number; none for {@link ResponseLevel#NONE}. */
    public List<Measure> measuresOf(ResponseLevel level) {
        return measures.stream().filter(m -> m.level() == level).toList();
    }

    public List<StandingTask> standingTasksOwed(ResponseLevel level, boolean trafficCut) {
        return standingTasks.stream().filter(t -> t.owedAt(level, trafficCut)).toList();
    }

    /** What an activation at this level owes: its measures, then its standing tasks. */
    public List<CatalogueItem> itemsOwed(ResponseLevel level, boolean trafficCut) {
        List<CatalogueItem> items = new ArrayList<>(measuresOf(level));
        items.addAll(standingTasksOwed(level, trafficCut));
        return items;
    }

    public Optional<CatalogueItem> item(String id) {
        return allItems().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<CatalogueItem> allItems() {
        List<CatalogueItem> items = new ArrayList<>(measures);
        items.addAll(standingTasks);
        return items;
    }
}
