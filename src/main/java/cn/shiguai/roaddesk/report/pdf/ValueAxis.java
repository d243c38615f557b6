package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A y-axis range with round tick steps (1, 2 or 5 times a power of ten) covering all values
 * and threshold lines. Amounts that start from nothing (snow depth, ice) are shown from zero
 * when their values are not far above it, so the height of a line reads as an amount.
 */
record ValueAxis(double low, double high, double step) {
    private static final int TARGET_TICKS = 5;

    static ValueAxis covering(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new ValueAxis(0, 1, 0.2);
        }
        if (min > 0 && min < max - min) {
            min = 0;
        }
        if (max - min < 1e-9) {
            double pad = Math.max(1, Math.abs(max) * 0.1);
            min -= pad;
            max += pad;
        }
        double step = roundStep((max - min) / (TARGET_TICKS - 1));
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new ValueAxis(low, high, step);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ at least as large as {@code rough}. */
    static double roundStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(low + i * step);
        }
        return ticks;
    }

    /** A tick label with as many decimals as the step needs and an ASCII minus, which every font has. */
    String label(double value) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        double rounded = Math.abs(value) < step / 1e6 ? 0 : value;
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded);
    }

    /** Position of {@code value} between 0 (low) and 1 (high). */
    double fraction(double value) {
        return (value - low) / (high - low);
    }
}
