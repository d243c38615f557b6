package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.LevelRule;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The last hours of one location: snow depth, ice thickness and air temperature, each with the
 * rule set's thresholds as lines, so a reader sees how close each level is. Pure: the window's
 * chart and the daily report's chart are both drawn from it.
 */
public record Trend(String location, Instant from, Instant to, List<Panel> panels) {

    public static final Duration DEFAULT_WINDOW = Duration.ofHours(72);

    public enum Quantity { SNOW_DEPTH, ICE_THICKNESS, AIR_TEMP }

    /** One reading in time. */
    public record Point(Instant time, double value) { }

    /** A threshold line: the level it belongs to and the value; 0 ℃ for temperature. */
    public record Line(ResponseLevel level, double value) { }

    public record Panel(Quantity quantity, String unit, List<Point> points, List<Line> lines) {
        public Panel {
            points = List.copyOf(points);
            lines = List.copyOf(lines);
        }
    }

    public Trend {
        panels = List.copyOf(panels);
    }

    public static Trend of(String location, List<Observation> readings, RuleSet rules, Instant now, Duration window) {
        Instant from = now.minus(window);
        List<Observation> mine = readings.stream()
                .filter(o -> o.location().equals(location))
                .filter(o -> !instant(o, rules).isBefore(from) && !instant(o, rules).isAfter(now))
                .sorted(Comparator.comparing(Observation::time))
                .toList();
        return new Trend(location, from, now, List.of(
                panel(Quantity.SNOW_DEPTH, "cm", mine, Observation::snowDepthCm, rules,
                        lines(rules, ClauseKind.SNOW_DEPTH)),
                panel(Quantity.ICE_THICKNESS, "cm", mine, Observation::roadIceThicknessCm, rules,
                        lines(rules, ClauseKind.ICE_THICKNESS)),
                panel(Quantity.AIR_TEMP, "℃", mine, Observation::airTempC, rules, coldLine(rules))));
    }

    public Panel panel(Quantity quantity) {
        return panels.stream().filter(p -> p.quantity() == quantity).findFirst().orElseThrow();
    }

    private static Panel panel(Quantity q, String unit, List<Observation> readings, Function<Observation, Double> value,
                               RuleSet rules, List<Line> lines) {
        List<Point> points = new ArrayList<>();
        for (Observation o : readings) {
            Double v = value.apply(o);
            if (v != null) {
                points.add(new Point(instant(o, rules), v));
            }
        }
        return new Panel(q, unit, points, lines);
    }

    private static List<Line> lines(RuleSet rules, ClauseKind kind) {
        List<Line> lines = new ArrayList<>();
        for (LevelRule level : rules.levelsMostSevereFirst()) {
            Threshold t = level.clause(kind);
            if (t != null && t.value() != null) {
                lines.add(new Line(level.level(), t.value()));
            }
        }
        return lines;
    }

    private static List<Line> coldLine(RuleSet rules) {
        Threshold cold = rules.level(ResponseLevel.III).cold();
        return cold == null ? List.of() : List.of(new Line(ResponseLevel.NONE, cold.value()));
    }

    private static Instant instant(Observation o, RuleSet rules) {
        return o.time().atZone(rules.zone()).toInstant();
    }
}
