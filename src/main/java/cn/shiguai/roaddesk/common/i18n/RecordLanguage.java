package cn.shiguai.roaddesk.common.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The office's records — duty-log texts, stored evaluations, documents — are Chinese whatever
 * language the screen shows (the English texts exist for the bundles' parity). This is the one
 * place that says so: whatever writes a record takes its words from here, and a key missing
 * from the bundles fails at once instead of writing a placeholder into the record.
 */
public final class RecordLanguage {
    public static final Locale LOCALE = Messages.DEFAULT_LOCALE;
    /** Records name times as the district reads its clocks, never as UTC instants. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Messages MESSAGES = new Messages(LOCALE);

    private RecordLanguage() {
    }

    /** The product's texts in the record language, e.g. for an evaluation explained in a document. */
    public static Messages messages() {
        return MESSAGES;
    }

    /** "1月12日 08:30": a moment in a record, in the district's time. */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE));
    }

    /** "2026年1月12日": a day in a record. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** One record text, its arguments formatted as the bundles' texts are. */
    public static String text(String key, Object... args) {
        if (!MESSAGES.has(key)) {
            throw new IllegalStateException("no record text '" + key + "' in " + Messages.BUNDLES);
        }
        return MESSAGES.format(key, args);
    }
}
