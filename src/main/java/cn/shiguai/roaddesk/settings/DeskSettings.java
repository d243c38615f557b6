package cn.shiguai.roaddesk.settings;

import cn.shiguai.roaddesk.access.Permission;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk's settings by name and type, read and written in one place: the start-up (language),
 * the readings screen (stale hours), the documents (font) and the settings screen all read them
 * here, so a key or a default cannot differ between the one who writes and the one who reads.
 * Reads go to the database: call them off the FX thread.
 */
public final class DeskSettings {
    public static final String LANGUAGE = "ui.language";
    public static final String STALE_HOURS = "readings.staleHours";
    /** A TrueType font file for the documents; blank or absent means the usual system fonts. */
    public static final String FONT = "report.font";

    /** Minutes a measure may stay 未开始 after its level started before the board lists it. */
    public static final String MEASURE_WAIT_MINUTES = "board.measureWaitMinutes";
    /** The time of day the daily report is due by during a response, "18:30". */
    public static final String DAILY_REPORT_BY = "board.dailyReportBy";
    /** Hours between reports to superiors during a response. */
    public static final String SUPERIORS_EVERY_HOURS = "board.superiorsEveryHours";
    /** Whether alerts sound: "on" or "off". */
    public static final String ALERT_SOUND = "alerts.sound";
    /** Minutes between repeats of an alert not yet acknowledged. */
    public static final String ALERT_REPEAT_MINUTES = "alerts.repeatMinutes";

    /** Minutes without a key or a click before the window locks the seat (issue 14, item 4). */
    public static final String LOCK_MINUTES = "desk.lockMinutes";

    public static final int DEFAULT_STALE_HOURS = 3;
    public static final int MIN_STALE_HOURS = 1;
    public static final int MAX_STALE_HOURS = 72;

    public static final LocalTime DEFAULT_DAILY_REPORT_BY = LocalTime.of(18, 30);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SettingsRepository settings;

    public DeskSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** "zh" or "en"; Chinese unless English was chosen. */
    public String language() {
        return settings.get(LANGUAGE).filter("en"::equals).orElse("zh");
    }

    public void setLanguage(String tag, String by) {
        settings.put(LANGUAGE, "en".equals(tag) ? "en" : "zh", by);
    }

    /** Hours without a report before a location is marked stale; the default for a value that is not a number in range. */
    public int staleHours() {
        return settings.get(STALE_HOURS).map(DeskSettings::hoursOrDefault).orElse(DEFAULT_STALE_HOURS);
    }

    public void setStaleHours(int hours, String by) {
        settings.seat().require(Permission.MANAGE_SETTINGS);
        if (hours < MIN_STALE_HOURS || hours > MAX_STALE_HOURS) {
            throw new IllegalArgumentException("stale hours out of range: " + hours);
        }
        settings.put(STALE_HOURS, String.valueOf(hours), by);
    }

    /** The font file chosen for the documents, if one was. */
    public Optional<Path> font() {
        return settings.get(FONT).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }

    /** @param path a font file, or blank for the system fonts */
    public void setFont(String path, String by) {
        settings.seat().require(Permission.MANAGE_SETTINGS);
        settings.put(FONT, path == null ? "" : path.strip(), by);
    }

    /** The board's times, each its default when unset or out of range. */
    public int measureWaitMinutes() {
        return number(MEASURE_WAIT_MINUTES, Range.MEASURE_WAIT);
    }

    public int superiorsEveryHours() {
        return number(SUPERIORS_EVERY_HOURS, Range.SUPERIORS_EVERY);
    }

    public int alertRepeatMinutes() {
        return number(ALERT_REPEAT_MINUTES, Range.ALERT_REPEAT);
    }

    public LocalTime dailyReportBy() {
        return settings.get(DAILY_REPORT_BY).flatMap(DeskSettings::time).orElse(DEFAULT_DAILY_REPORT_BY);
    }

    public boolean alertSound() {
        return !"off".equals(settings.get(ALERT_SOUND).orElse("on"));
    }

    /**
     * The board's and the alerts' settings saved together, each change logged in words; refused
     * whole if one is out of range, so a half-saved form cannot happen.
     */
    public void setBoard(int measureWait, LocalTime dailyBy, int superiorsEvery, boolean sound, int repeat, String by) {
        settings.seat().require(Permission.MANAGE_SETTINGS);
        Range.MEASURE_WAIT.check(measureWait);
        Range.SUPERIORS_EVERY.check(superiorsEvery);
        Range.ALERT_REPEAT.check(repeat);
        settings.putAll(by, List.of(
                Map.entry(MEASURE_WAIT_MINUTES, String.valueOf(measureWait)),
                Map.entry(DAILY_REPORT_BY, dailyBy.format(HH_MM)),
                Map.entry(SUPERIORS_EVERY_HOURS, String.valueOf(superiorsEvery)),
                Map.entry(ALERT_SOUND, sound ? "on" : "off"),
                Map.entry(ALERT_REPEAT_MINUTES, String.valueOf(repeat))));
    }

    public int lockMinutes() {
        return number(LOCK_MINUTES, Range.LOCK);
    }

    public void setLockMinutes(int minutes, String by) {
        settings.seat().require(Permission.MANAGE_SETTINGS);
        Range.LOCK.check(minutes);
        settings.put(LOCK_MINUTES, String.valueOf(minutes), by);
    }

    /** The bounds of a number setting, with its default. */
    public enum Range {
        STALE(MIN_STALE_HOURS, MAX_STALE_HOURS, DEFAULT_STALE_HOURS),
        MEASURE_WAIT(5, 24 * 60, 60),
        SUPERIORS_EVERY(1, 24, 4),
        ALERT_REPEAT(1, 60, 5),
        LOCK(1, 240, 15);

        public final int min;
        public final int max;
        public final int defaultValue;

        Range(int min, int max, int defaultValue) {
            this.min = min;
            this.max = max;
            this.defaultValue = defaultValue;
        }

        void check(int value) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("setting out of range " + min + "–" + max + ": " + value);
            }
        }
    }

    private int number(String key, Range range) {
        return settings.get(key).map(t -> numberOrDefault(t, range)).orElse(range.defaultValue);
    }

    private static int hoursOrDefault(String text) {
        return numberOrDefault(text, Range.STALE);
    }

    private static int numberOrDefault(String text, Range range) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= range.min && value <= range.max ? value : range.defaultValue;
        } catch (NumberFormatException e) {
            return range.defaultValue;
        }
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), HH_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
