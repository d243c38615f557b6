package cn.shiguai.roaddesk.settings;

import java.nio.file.Path;
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

    public static final int DEFAULT_STALE_HOURS = 3;
    public static final int MIN_STALE_HOURS = 1;
    public static final int MAX_STALE_HOURS = 72;

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
        settings.put(FONT, path == null ? "" : path.strip(), by);
    }

    private static int hoursOrDefault(String text) {
        try {
            int hours = Integer.parseInt(text.strip());
            return hours >= MIN_STALE_HOURS && hours <= MAX_STALE_HOURS ? hours : DEFAULT_STALE_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_STALE_HOURS;
        }
    }
}
