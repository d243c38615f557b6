package cn.shiguai.roaddesk.common.i18n;

import java.util.Locale;

/**
 * The office's records — duty-log texts, stored evaluations, documents — are Chinese whatever
 * language the screen shows (the English texts exist for the bundles' parity). This is the one
 * place that says so: whatever writes a record takes its words from here, and a key missing
 * from the bundles fails at once instead of writing a placeholder into the record.
 */
public final class RecordLanguage {
    public static final Locale LOCALE = Messages.DEFAULT_LOCALE;
    private static final Messages MESSAGES = new Messages(LOCALE);

    private RecordLanguage() {
    }

    /** The product's texts in the record language, e.g. for an evaluation explained in a document. */
    public static Messages messages() {
        return MESSAGES;
    }

    /** One record text, its arguments formatted as the bundles' texts are. */
    public static String text(String key, Object... args) {
        if (!MESSAGES.has(key)) {
            throw new IllegalStateException("no record text '" + key + "' in " + Messages.BUNDLES);
        }
        return MESSAGES.format(key, args);
    }
}
