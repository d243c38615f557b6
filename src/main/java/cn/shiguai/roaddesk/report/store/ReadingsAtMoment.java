package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.report.LocationReading;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingStore;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every location's latest reading up to a moment, and the 72 h trends of the district's
 * locations that reported in those hours. A reading older than the window is not "latest": the
 * table says the location has no reading rather than print a stale value as current.
 */
final class ReadingsAtMoment {
    /** More lines than this make the report's chart unreadable: the most snowed-on locations are drawn. */
    static final int MAX_TREND_LOCATIONS = 5;

    record Found(List<LocationReading> latest, List<Trend> trends) { }

    private final ReadingStore store;
    private final RuleSet rules;

    ReadingsAtMoment(ReadingStore store, RuleSet rules) {
        this.store = store;
        this.rules = rules;
    }

    Found at(Instant moment) {
        LocalDateTime to = LocalDateTime.ofInstant(moment, rules.zone());
        LocalDateTime from = LocalDateTime.ofInstant(moment.minus(Trend.DEFAULT_WINDOW), rules.zone());
        Map<String, List<Observation>> districtHistories = new LinkedHashMap<>();
        List<LocationReading> latest = store.latest().stream().map(location -> {
            List<Observation> history = store.history(location.location(), from, to).stream()
                    .sorted(Comparator.comparing(Observation::time)).toList();
            boolean neighbouring = location.kind() == LocationKind.NEIGHBOUR;
            if (!neighbouring && !history.isEmpty()) {
                districtHistories.put(location.location(), history);
            }
            return new LocationReading(location.location(), neighbouring,
                    history.isEmpty() ? null : history.get(history.size() - 1));
        }).toList();
        List<Trend> trends = districtHistories.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Observation>> e) -> worstSnow(e.getValue()))
                        .reversed())
                .limit(MAX_TREND_LOCATIONS)
                .map(e -> Trend.of(e.getKey(), e.getValue(), rules, moment, Trend.DEFAULT_WINDOW))
                .toList();
        return new Found(latest, trends);
    }

    private static double worstSnow(List<Observation> history) {
        return history.stream().map(Observation::snowDepthCm).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(-1);
    }
}
