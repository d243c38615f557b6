package cn.shiguai.roaddesk.common.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts in one language. Simplified Chinese is the default (the base bundle is
 * Chinese); English is available. Passed to whoever renders text, never looked up statically,
 * so a test can render in either language side by side.
 */
public final class Messages {
    /**
     * One bundle per area, so that texts are found where their feature is and parallel work
     * does not collide in one file. A key is looked up in these in order.
     */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.store", "i18n.measures",
            "i18n.report", "i18n.ui", "i18n.documents", "i18n.cli", "i18n.board", "i18n.inputs", "i18n.users", "i18n.upper",
            "i18n.checkpoints");
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, locale, control));
            } catch (MissingResourceException e) {
                // an area without texts yet
            }
        }
        this.bundles = List.copyOf(found);
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

    /** All texts of this language in one bundle, for FXML's %key lookups. */
    public ResourceBundle bundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                for (ResourceBundle b : bundles) {
                    if (b.containsKey(key)) {
                        return b.getObject(key);
                    }
                }
                return null;
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                java.util.Set<String> keys = new java.util.TreeSet<>();
                bundles.forEach(b -> keys.addAll(b.keySet()));
                return java.util.Collections.enumeration(keys);
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public boolean isChinese() {
        return !"en".equals(locale.getLanguage());
    }

    public String get(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        // A missing text must be visible in testing, but never crash a duty officer's screen.
        return "!" + key + "!";
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
