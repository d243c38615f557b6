package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.Trend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Draws a {@link Trend} as three stacked charts over the same hours — snow depth, ice
 * thickness, air temperature — with each level's threshold as a dashed line in the level's
 * colour. Separate charts because centimetres of snow and of ice, and degrees, do not share
 * a scale.
 */
public final class TrendCharts extends VBox {
    private static final Map<ResponseLevel, String> LEVEL_COLOURS = Map.of(ResponseLevel.I, "#c62828",
            ResponseLevel.II, "#ef6c00", ResponseLevel.III, "#f9a825", ResponseLevel.IV, "#1565c0",
            ResponseLevel.NONE, "#607d8b");

    private final Messages messages;
    private final ZoneId zone;

    public TrendCharts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        setSpacing(2);
        getStyleClass().add("trend-charts");
    }

    public void show(Trend trend) {
        getChildren().clear();
        getChildren().add(legend(trend));
        for (Trend.Panel panel : trend.panels()) {
            LineChart<Number, Number> chart = chart(trend, panel);
            VBox.setVgrow(chart, Priority.ALWAYS);
            getChildren().add(chart);
        }
    }

    /** Pixels one time label needs beside the next. */
    private static final double TICK_ROOM = 95;

    private LineChart<Number, Number> chart(Trend trend, Trend.Panel panel) {
        NumberAxis x = new NumberAxis(0, minutes(trend.from(), trend.to()), 12 * 60);
        x.setTickLabelFormatter(timeLabels(trend.from()));
        // "1月11日 12:00" every 12 hours needs about 95 pixels a tick; on a narrower chart (a
        // 1024-pixel window) the axis would hide the labels that collide, so they come daily.
        double span = minutes(trend.from(), trend.to());
        x.widthProperty().addListener((o, before, width) -> x.setTickUnit(
                width.doubleValue() / (span / (12 * 60)) < TICK_ROOM ? 24 * 60 : 12 * 60));
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(panel.quantity() != Trend.Quantity.AIR_TEMP);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(messages.get("trend." + panel.quantity().name()));
        chart.setTitleSide(Side.TOP);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(150);
        chart.setPrefHeight(190);
        chart.getStyleClass().add("trend-chart");

        XYChart.Series<Number, Number> readings = new XYChart.Series<>();
        readings.setName(messages.get("trend.readings"));
        panel.points().forEach(p -> readings.getData().add(new XYChart.Data<>(minutes(trend.from(), p.time()), p.value())));
        chart.getData().add(readings);
        double end = minutes(trend.from(), trend.to());
        for (Trend.Line line : panel.lines()) {
            XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
            threshold.setName(line.level().code());
            threshold.getData().add(new XYChart.Data<>(0, line.value()));
            threshold.getData().add(new XYChart.Data<>(end, line.value()));
            chart.getData().add(threshold);
            threshold.getNode().setStyle("-fx-stroke: " + LEVEL_COLOURS.get(line.level())
                    + "; -fx-stroke-width: 1.5; -fx-stroke-dash-array: 8 5;");
            threshold.getData().forEach(d -> d.getNode().setVisible(false));
        }
        readings.getNode().setStyle("-fx-stroke: #263238; -fx-stroke-width: 2;");
        return chart;
    }

    /**
     * What the lines mean, once above the panels: the solid line is the readings and each dashed
     * line a level's threshold in the level's colour (the toolkit's legend would show its own
     * series colours, not these).
     */
    private HBox legend(Trend trend) {
        HBox legend = new HBox(16);
        legend.getStyleClass().add("trend-legend");
        legend.setId("trendLegend");
        legend.getChildren().add(key("#263238", false, messages.get("trend.readings")));
        trend.panels().stream().flatMap(p -> p.lines().stream()).map(Trend.Line::level).distinct()
                .sorted(java.util.Comparator.comparing(ResponseLevel::ordinal))
                .forEach(level -> legend.getChildren().add(key(LEVEL_COLOURS.get(level), true,
                        level == ResponseLevel.NONE ? messages.get("trend.legend.zero")
                                : messages.format("trend.legend.threshold", messages.get("level." + level.name() + ".short")))));
        return legend;
    }

    private static HBox key(String colour, boolean dashed, String text) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 28, 0);
        line.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2;" + (dashed ? " -fx-stroke-dash-array: 8 5;" : ""));
        HBox key = new HBox(6, line, new javafx.scene.control.Label(text));
        key.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return key;
    }

    private static double minutes(Instant from, Instant t) {
        return (t.getEpochSecond() - from.getEpochSecond()) / 60.0;
    }

    private StringConverter<Number> timeLabels(Instant from) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(messages.get("format.readingTime"), messages.locale());
        return new StringConverter<>() {
            @Override
            public String toString(Number minutes) {
                return f.format(from.plusSeconds(Math.round(minutes.doubleValue() * 60)).atZone(zone));
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        };
    }
}
