package cn.shiguai.roaddesk.common.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar days RoadDesk accepts anywhere a day is typed: 2000-01-01 to 2100-12-31. Java
 * parses "-999999999-01-01" happily, and the first time zone conversion of it then fails with
 * an exception; nothing of a duty office happens outside these years.
 */
public final class Days {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private Days() {
    }

    public static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** A day written YYYY-MM-DD; empty when it is not one. Whether it is in range is {@link #inRange}. */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
