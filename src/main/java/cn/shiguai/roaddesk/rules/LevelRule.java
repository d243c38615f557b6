package cn.shiguai.roaddesk.rules;

import java.util.List;
import java.util.stream.Stream;

/**
 * The condition of one level: {@code (any weather clause ∧ cold) ∨ (all traffic clauses)}.
 *
 * @param condition the plan's whole sentence for this level, verbatim
 * @param cold the daily-mean temperature clause binding the weather clauses, or null when the
 *             level does not require it (level IV)
 */
public record LevelRule(ResponseLevel level, String condition, List<Threshold> weather,
                        Threshold cold, List<Threshold> traffic) {

    public LevelRule {
        weather = List.copyOf(weather);
        traffic = List.copyOf(traffic);
    }

    public List<Threshold> allClauses() {
        return Stream.of(weather.stream(), Stream.ofNullable(cold), traffic.stream())
                .flatMap(s -> s)
                .toList();
    }

    public Threshold clause(ClauseKind kind) {
        return allClauses().stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }
}
