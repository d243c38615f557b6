package cn.shiguai.roaddesk.report.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The renderer's texts from the {@code i18n/report} bundle. */
final class ReportTexts {
    private static final String BUNDLE = "i18n/report";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(Locale locale) {
        // No fallback to the JVM's default locale: with it, asking for Chinese on an English
        // desktop would silently return English texts for a Chinese official document.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    /** Texts printed on documents: always Chinese. */
    static ReportTexts document() {
        return new ReportTexts(Locale.SIMPLIFIED_CHINESE);
    }

    /** Texts of messages shown to the user, in the language of the user interface. */
    static ReportTexts messages() {
        return new ReportTexts(Locale.getDefault());
    }

    /** Arguments are passed as strings so that numbers are never grouped ("1,024"). */
    String format(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(texts);
    }
}
