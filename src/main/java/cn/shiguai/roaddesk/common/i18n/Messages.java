package cn.shiguai.roaddesk.common.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts in one language. Simplified Chinese is the default (the base bundle is
 * Chinese); English is available. Passed to whoever renders text, never looked up statically,
 * so a test can render in either language side by side.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages chinese() {
        return new Messages(DEFAULT_LOCALE);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** "en…" selects English; anything else, Chinese. */
    public static Messages forLanguageTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? english() : chinese();
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean isChinese() {
        return !"en".equals(locale.getLanguage());
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must be visible in testing, but never crash a duty officer's screen.
            return "!" + key + "!";
        }
    }

    /** Arguments that are {@link Key}s are themselves looked up, so errors can carry translatable units. */
    public String format(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Key k ? get(k.key()) : args[i];
        }
        return new MessageFormat(get(key), locale).format(resolved);
    }

    /** A text key passed as a message argument, resolved in the reader's language. */
    public record Key(String key) { }
}
