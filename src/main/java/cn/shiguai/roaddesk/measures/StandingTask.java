package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import java.util.Set;

/**
 * A duty the plan puts on the office or the group outside the numbered measures (§五 duties,
 * §六(二), §九), created with an activation like a measure.
 *
 * @param section where in the plan {@code text} comes from, e.g. "§九(一)"
 */
public record StandingTask(String id, Set<ResponseLevel> levels, String section, String title, String text,
                           List<String> lead, List<String> supporting, TaskCondition when) implements CatalogueItem {

    public StandingTask {
        levels = Set.copyOf(levels);
        lead = List.copyOf(lead);
        supporting = List.copyOf(supporting);
    }

    public boolean owedAt(ResponseLevel level, boolean trafficCut) {
        return levels.contains(level) && (when == TaskCondition.ALWAYS || trafficCut);
    }
}
