package cn.shiguai.roaddesk.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer for day D, with everything needed to explain it.
 *
 * @param levels results for I, II, III, IV in that order
 * @param next how far the next level up is; null when level I holds
 */
public record Evaluation(String ruleSetName, LocalDate date, ResponseLevel level, MeanTemperature meanTemperature,
                         List<LevelResult> levels, List<Warning> warnings, NextLevel next) {

    public Evaluation {
        levels = List.copyOf(levels);
        warnings = List.copyOf(warnings);
    }

    public LevelResult result(ResponseLevel level) {
        return levels.stream().filter(r -> r.level() == level).findFirst().orElseThrow();
    }

    public List<ClauseResult> allClauses() {
        return levels.stream().flatMap(r -> r.clauses().stream()).toList();
    }
}
