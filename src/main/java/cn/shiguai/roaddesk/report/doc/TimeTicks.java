package cn.shiguai.roaddesk.report.doc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes x-axis ticks at round local times (every 6 or 12 hours from local midnight), so that
 * the labels of a chart read as the duty officers think of time: in the district's zone.
 */
public final class TimeTicks {
    private TimeTicks() {
    }

    /**
     * Ticks at every multiple of {@code step} after local midnight within [from, to].
     *
     * @param pattern a {@link DateTimeFormatter} pattern; a line feed in it breaks the label
     *                into two lines, e.g. {@code "M月d日\nHH:mm"}
     */
    public static List<LineChart.Tick> every(long fromEpochSecond, long toEpochSecond, Duration step,
                                             ZoneId zone, String pattern) {
        if (step.isZero() || step.isNegative() || Duration.ofDays(1).toSeconds() % step.toSeconds() != 0) {
            throw new IllegalArgumentException("step must divide a day evenly, was " + step);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
        ZonedDateTime from = Instant.ofEpochSecond(fromEpochSecond).atZone(zone);
        ZonedDateTime tick = from.truncatedTo(ChronoUnit.DAYS);
        List<LineChart.Tick> ticks = new ArrayList<>();
        while (tick.toEpochSecond() <= toEpochSecond) {
            if (tick.toEpochSecond() >= fromEpochSecond) {
                ticks.add(new LineChart.Tick(tick.toEpochSecond(), format.format(tick)));
            }
            tick = tick.plus(step);
        }
        return ticks;
    }
}
