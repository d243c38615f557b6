package cn.shiguai.roaddesk.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The thresholds of one edition of the plan, loaded from a rule-set file. A revised plan is a
 * new rule set with its own name and effective date; evaluations record the name they used.
 */
public record RuleSet(String name, String title, LocalDate effectiveDate, ZoneId zone,
                      int persistentSnowDays, Map<ResponseLevel, LevelRule> levels) {

    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        levels = new EnumMap<>(levels);
    }

    public LevelRule level(ResponseLevel level) {
        return levels.get(level);
    }

    /** Levels I, II, III, IV in that order. */
    public List<LevelRule> levelsMostSevereFirst() {
        return java.util.Arrays.stream(ResponseLevel.mostSevereFirst()).map(levels::get).toList();
    }
}
