package cn.shiguai.roaddesk.report.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A time-series chart over [from, to] (epoch seconds). The x-axis labels are given as ticks, so
 * the renderer needs no time zone or calendar; {@link TimeTicks} makes them from a pattern.
 * The y range is chosen by the renderer to include all values and all threshold lines, so a
 * reader sees how far the readings are from each threshold.
 */
public record LineChart(String title, String yUnit, List<Series> series, List<ThresholdLine> thresholds,
                        long fromEpochSecond, long toEpochSecond, List<Tick> ticks) implements Block {
    public LineChart {
        Check.text(title, "title");
        Check.present(yUnit, "yUnit");
        series = Check.nonEmptyList(series, "series");
        thresholds = Check.list(thresholds, "thresholds");
        ticks = Check.list(ticks, "ticks");
        if (fromEpochSecond >= toEpochSecond) {
            throw new IllegalArgumentException("from (" + fromEpochSecond + ") must be before to (" + toEpochSecond + ")");
        }
        for (Tick tick : ticks) {
            if (tick.epochSecond() < fromEpochSecond || tick.epochSecond() > toEpochSecond) {
                throw new IllegalArgumentException("tick " + tick + " lies outside the chart's time range");
            }
        }
    }

    /**
     * One line of the chart. A point whose value is NaN marks a gap: the line is broken there,
     * because drawing a line across missing readings would show data that does not exist.
     * Points must be in time order.
     */
    public record Series(String name, List<Point> points) {
        public Series {
            Check.text(name, "name");
            points = Check.list(points, "points");
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).epochSecond() < points.get(i - 1).epochSecond()) {
                    throw new IllegalArgumentException("points of series '" + name + "' are not in time order at index " + i);
                }
            }
        }

        /**
         * A series whose line is broken wherever two consecutive readings lie more than
         * {@code maxGapSeconds} apart, for readings that arrive at irregular times.
         */
        public static Series breakingGapsLongerThan(String name, List<Point> points, long maxGapSeconds) {
            if (maxGapSeconds <= 0) {
                throw new IllegalArgumentException("maxGapSeconds must be positive");
            }
            List<Point> withGaps = new ArrayList<>(points.size());
            for (Point point : points) {
                if (!withGaps.isEmpty()) {
                    Point previous = withGaps.get(withGaps.size() - 1);
                    if (point.epochSecond() - previous.epochSecond() > maxGapSeconds) {
                        withGaps.add(Point.gap(previous.epochSecond() + 1));
                    }
                }
                withGaps.add(point);
            }
            return new Series(name, withGaps);
        }
    }

    /** A reading; NaN means "no reading here" (see {@link Series}). */
    public record Point(long epochSecond, double value) {
        public Point {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("value must be finite or NaN (a gap), was " + value);
            }
        }

        public static Point gap(long epochSecond) {
            return new Point(epochSecond, Double.NaN);
        }

        public boolean isGap() {
            return Double.isNaN(value);
        }
    }

    /** A horizontal dashed line such as the level II snow depth of 20 cm, labelled on the chart. */
    public record ThresholdLine(String label, double value) {
        public ThresholdLine {
            Check.text(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("threshold value must be finite");
            }
        }
    }

    /** An x-axis label; it may contain a line feed to print on two lines ("1月12日\n06:00"). */
    public record Tick(long epochSecond, String label) {
        public Tick {
            Check.present(label, "label");
        }
    }
}
