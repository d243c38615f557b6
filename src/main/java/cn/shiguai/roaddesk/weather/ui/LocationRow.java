package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.LatestReading;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One monitoring location in the live table: its latest values, how old they are, and whether
 * it has gone quiet for longer than the office accepts.
 */
public record LocationRow(String location, String time, String age, boolean stale, ReadingRow values) {
    private static final java.time.format.DateTimeFormatter SHORT_TIME = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    static LocationRow of(LatestReading latest, LocalDateTime now, Duration staleAfter, Messages messages,
                          java.time.ZoneId zone) {
        if (latest.latest() == null) {
            return new LocationRow(latest.location(), "", messages.get("locations.never"), true, null);
        }
        Observation o = latest.latest().draft().observation();
        Duration age = Duration.between(o.time(), now);
        return new LocationRow(latest.location(), o.time().format(SHORT_TIME), age(age, messages),
                age.compareTo(staleAfter) > 0, ReadingRow.of(latest.latest(), messages, zone));
    }

    /** "35 分钟前", "2 小时 10 分钟前", "3 天前". */
    static String age(Duration age, Messages messages) {
        if (age.isNegative()) {
            return messages.get("age.future");
        }
        long minutes = age.toMinutes();
        if (minutes < 60) {
            return messages.format("age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return messages.format("age.hours", minutes / 60, minutes % 60);
        }
        return messages.format("age.days", age.toDays());
    }

    public String value(java.util.function.Function<ReadingRow, String> column) {
        return values == null ? "" : column.apply(values);
    }
}
