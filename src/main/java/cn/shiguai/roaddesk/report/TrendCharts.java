package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.TimeTicks;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The 72 h trend of the chosen locations as document charts: one chart per quantity (snow
 * depth, ice thickness, air temperature), one line per location, the rule set's thresholds
 * as labelled dashed lines, so a leader sees how far each level is. Quantities nobody measured
 * are left out, except snow depth, the plan's first criterion, which says "无数据" instead.
 */
final class TrendCharts {
    /** Readings further apart than this are not joined: a line would invent what nobody saw. */
    private static final long MAX_GAP_SECONDS = Duration.ofHours(6).toSeconds();

    private final DocumentLanguage language;

    TrendCharts(DocumentLanguage language) {
        this.language = language;
    }

    List<LineChart> charts(List<Trend> trends) {
        if (trends.isEmpty()) {
            return List.of();
        }
        Trend first = trends.get(0);
        long from = first.from().getEpochSecond();
        long to = first.to().getEpochSecond();
        List<LineChart.Tick> ticks = TimeTicks.every(from, to, Duration.ofHours(12), language.zone(), "M月d日\nHH:mm");
        List<LineChart> charts = new ArrayList<>();
        for (Trend.Quantity quantity : Trend.Quantity.values()) {
            boolean measured = trends.stream().anyMatch(t -> !t.panel(quantity).points().isEmpty());
            if (measured || quantity == Trend.Quantity.SNOW_DEPTH) {
                charts.add(chart(quantity, trends, from, to, ticks));
            }
        }
        return charts;
    }

    private LineChart chart(Trend.Quantity quantity, List<Trend> trends, long from, long to, List<LineChart.Tick> ticks) {
        List<LineChart.Series> series = new ArrayList<>();
        for (Trend trend : trends) {
            List<LineChart.Point> points = trend.panel(quantity).points().stream()
                    .map(p -> new LineChart.Point(p.time().getEpochSecond(), p.value())).toList();
            if (!points.isEmpty()) {
                series.add(LineChart.Series.breakingGapsLongerThan(trend.location(), points, MAX_GAP_SECONDS));
            }
        }
        if (series.isEmpty()) {
            series.add(new LineChart.Series(trends.get(0).location(), List.of())); // the chart says 无数据
        }
        Trend.Panel panel = trends.get(0).panel(quantity);
        String unit = unit(panel.unit());
        List<LineChart.ThresholdLine> thresholds = panel.lines().stream()
                .map(line -> new LineChart.ThresholdLine(thresholdLabel(line, unit), line.value())).toList();
        return new LineChart(language.get("trend." + quantity.name()), unit, series, thresholds, from, to, ticks);
    }

    private String thresholdLabel(Trend.Line line, String unit) {
        String value = language.number(line.value()) + " " + unit;
        return line.level() == ResponseLevel.NONE ? value : language.levelShort(line.level()) + " " + value;
    }

    private String unit(String unit) {
        return "cm".equals(unit) ? language.message("unit.cm") : unit;
    }
}
