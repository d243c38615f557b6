package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.LineChart;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A line chart drawn as vector graphics with real text labels: title, value axis with unit,
 * time axis with the given ticks, dashed and labelled threshold lines, one line per series
 * (broken at gaps) and a legend. The chart is kept whole on one page.
 */
final class LineChartRenderer {
    private static final float PLOT_HEIGHT = 140;
    /** The line above the plot that holds the unit of the value axis. */
    private static final float UNIT_LINE = 13;
    private static final float TICK_LENGTH = 3;
    private static final float LINE_WIDTH = 1.3f;
    /** Up to this many points a series shows a marker at each reading; above, only lone points. */
    private static final int MARKED_POINTS_MAX = 60;
    private static final Color THRESHOLD = new Color(0xC0, 0x1C, 0x1C);
    private static final Color GRID_LINE = new Color(0xE0, 0xE0, 0xE0);
    private static final float[] DASH = {4, 3};

    private LineChartRenderer() {
    }

    /** The height a chart takes on the page, for keeping a heading with it. */
    static float height(LineChart chart, Typesetter type, float width) {
        return Styles.BLOCK_GAP + Styles.CHART_TITLE.leading() + UNIT_LINE + PLOT_HEIGHT
                + xLabelsHeight(chart) + ChartLegend.layout(chart, type, width).height();
    }

    static void render(LineChart chart, PageFlow flow) throws IOException {
        Typesetter type = flow.typesetter();
        TextStyle label = Styles.CHART_LABEL;
        float height = height(chart, type, flow.width());
        flow.ensure(height);
        flow.gap(Styles.BLOCK_GAP);
        PdfCanvas canvas = flow.canvas();
        float top = flow.y();
        canvas.text(chart.title(), flow.left(), top - Styles.CHART_TITLE.baselineOffset(), Styles.CHART_TITLE);

        ValueAxis axis = axisFor(chart);
        float labelWidth = type.width(chart.yUnit(), label) / 2;
        for (double tick : axis.ticks()) {
            labelWidth = Math.max(labelWidth, type.width(axis.label(tick), label));
        }
        float gutter = 0;
        for (LineChart.ThresholdLine threshold : chart.thresholds()) {
            gutter = Math.max(gutter, type.width(threshold.label(), label) + 4);
        }
        float plotTop = top - Styles.CHART_TITLE.leading() - UNIT_LINE;
        float plotLeft = flow.left() + labelWidth + TICK_LENGTH + 3;
        float plotRight = flow.left() + flow.width() - Math.max(gutter, 8);
        PlotArea plot = new PlotArea(plotLeft, plotTop - PLOT_HEIGHT, plotRight - plotLeft, PLOT_HEIGHT,
                chart.fromEpochSecond(), chart.toEpochSecond(), axis);
        canvas.text(chart.yUnit(), Math.max(flow.left(), plotLeft - type.width(chart.yUnit(), label) / 2),
                plotTop + UNIT_LINE - label.baselineOffset(), label);

        valueGrid(plot, canvas, type);
        timeGrid(chart, plot, canvas, type, flow);
        thresholds(chart, plot, canvas);
        boolean anyData = series(chart, plot, canvas.stream());
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), 0.8f, Styles.RULE);
        canvas.line(plot.left(), plot.bottom(), plot.left(), plot.top(), 0.8f, Styles.RULE);
        thresholdLabels(chart, plot, canvas);
        if (!anyData) {
            String noData = ReportTexts.document().format("chart.noData");
            TextStyle style = Styles.BODY.withColour(Styles.SECONDARY);
            float x = plot.left() + (plot.width() - type.width(noData, style)) / 2;
            canvas.text(noData, x, plot.bottom() + plot.height() / 2 - style.size() / 3, style);
        }
        ChartLegend.layout(chart, type, flow.width()).draw(canvas, flow.left(), plot.bottom() - xLabelsHeight(chart));
        flow.advance(height - Styles.BLOCK_GAP);
    }

    private static float xLabelsHeight(LineChart chart) {
        int tickLines = chart.ticks().stream().mapToInt(t -> t.label().split("\n", -1).length).max().orElse(1);
        return tickLines * Styles.CHART_LABEL.leading() + TICK_LENGTH + 3;
    }

    private static ValueAxis axisFor(LineChart chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (LineChart.Series series : chart.series()) {
            for (LineChart.Point point : series.points()) {
                if (!point.isGap()) {
                    min = Math.min(min, point.value());
                    max = Math.max(max, point.value());
                }
            }
        }
        for (LineChart.ThresholdLine threshold : chart.thresholds()) {
            min = Math.min(min, threshold.value());
            max = Math.max(max, threshold.value());
        }
        return ValueAxis.covering(min, max);
    }

    private static void valueGrid(PlotArea plot, PdfCanvas canvas, Typesetter type) throws IOException {
        TextStyle label = Styles.CHART_LABEL;
        for (double tick : plot.axis().ticks()) {
            float y = plot.y(tick);
            canvas.line(plot.left(), y, plot.right(), y, 0.4f, GRID_LINE);
            canvas.line(plot.left() - TICK_LENGTH, y, plot.left(), y, 0.6f, Styles.RULE);
            String text = plot.axis().label(tick);
            float x = plot.left() - TICK_LENGTH - 2 - type.width(text, label);
            canvas.text(text, x, y - label.size() * 0.35f, label);
        }
    }

    private static void timeGrid(LineChart chart, PlotArea plot, PdfCanvas canvas, Typesetter type, PageFlow flow)
            throws IOException {
        TextStyle label = Styles.CHART_LABEL;
        float pageRight = flow.left() + flow.width();
        for (LineChart.Tick tick : chart.ticks()) {
            float x = plot.x(tick.epochSecond());
            canvas.line(x, plot.bottom(), x, plot.top(), 0.4f, GRID_LINE);
            canvas.line(x, plot.bottom() - TICK_LENGTH, x, plot.bottom(), 0.6f, Styles.RULE);
            String[] lines = tick.label().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                float width = type.width(lines[i], label);
                float left = Math.max(flow.left(), Math.min(x - width / 2, pageRight - width));
                float baseline = plot.bottom() - TICK_LENGTH - 1 - i * label.leading() - label.baselineOffset();
                canvas.text(lines[i], left, baseline, label);
            }
        }
    }

    private static void thresholds(LineChart chart, PlotArea plot, PdfCanvas canvas) throws IOException {
        PDPageContentStream out = canvas.stream();
        out.setLineDashPattern(DASH, 0);
        for (LineChart.ThresholdLine threshold : chart.thresholds()) {
            float y = plot.y(threshold.value());
            canvas.line(plot.left(), y, plot.right(), y, 0.9f, THRESHOLD);
        }
        out.setLineDashPattern(new float[0], 0);
    }

    /**
     * Labels right of the plot, level with their lines, where no data line can cross them;
     * labels of lines close together are pushed apart upwards so they never overlap.
     */
    private static void thresholdLabels(LineChart chart, PlotArea plot, PdfCanvas canvas) throws IOException {
        TextStyle label = Styles.CHART_LABEL.withColour(THRESHOLD);
        List<LineChart.ThresholdLine> byValue = chart.thresholds().stream()
                .sorted(java.util.Comparator.comparingDouble(LineChart.ThresholdLine::value)).toList();
        float lowestFree = Float.NEGATIVE_INFINITY;
        for (LineChart.ThresholdLine threshold : byValue) {
            float baseline = Math.max(plot.y(threshold.value()) - label.size() * 0.35f, lowestFree);
            canvas.text(threshold.label(), plot.right() + 4, baseline, label);
            lowestFree = baseline + label.size() + 1;
        }
    }

    /** Draws every series, clipped to the plot; false if there was no reading at all. */
    private static boolean series(LineChart chart, PlotArea plot, PDPageContentStream out) throws IOException {
        boolean anyData = false;
        out.saveGraphicsState();
        out.addRect(plot.left(), plot.bottom() - 3, plot.width() + 3, plot.height() + 6);
        out.clip();
        for (int s = 0; s < chart.series().size(); s++) {
            List<LineChart.Point> points = chart.series().get(s).points();
            out.setStrokingColor(ChartMarks.colour(s));
            out.setLineWidth(LINE_WIDTH);
            out.setLineJoinStyle(1);
            boolean penDown = false;
            boolean anyLine = false;
            for (LineChart.Point point : points) {
                if (point.isGap()) {
                    penDown = false;
                } else if (penDown) {
                    out.lineTo(plot.x(point.epochSecond()), plot.y(point.value()));
                    anyLine = true;
                } else {
                    out.moveTo(plot.x(point.epochSecond()), plot.y(point.value()));
                    penDown = true;
                }
            }
            if (anyLine || penDown) {
                out.stroke(); // a lone point strokes nothing; its marker shows it
            }
            anyData |= markers(points, s, plot, out);
        }
        out.restoreGraphicsState();
        return anyData;
    }

    /** Markers at readings; a reading between two gaps would otherwise not show at all. */
    private static boolean markers(List<LineChart.Point> points, int series, PlotArea plot, PDPageContentStream out)
            throws IOException {
        long readings = points.stream().filter(p -> !p.isGap()).count();
        for (int i = 0; i < points.size(); i++) {
            LineChart.Point point = points.get(i);
            boolean alone = (i == 0 || points.get(i - 1).isGap()) && (i == points.size() - 1 || points.get(i + 1).isGap());
            if (!point.isGap() && (readings <= MARKED_POINTS_MAX || alone)) {
                ChartMarks.marker(out, series, plot.x(point.epochSecond()), plot.y(point.value()));
            }
        }
        return readings > 0;
    }
}
