package cn.shiguai.roaddesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The wording of the office's documents, from {@code i18n/report-document.properties}. It is
 * Chinese only and not a bundle of the window: official documents are Chinese whatever the
 * language of the screen, so there is nothing to translate and no locale to fall back on. A
 * missing key fails at once rather than printing a placeholder into an official document.
 */
final class DocumentWords {
    private static final String RESOURCE = "/i18n/report-document.properties";
    private static final DocumentWords INSTANCE = new DocumentWords(load());

    private final Properties words;

    private DocumentWords(Properties words) {
        this.words = words;
    }

    static DocumentWords chinese() {
        return INSTANCE;
    }

    String get(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no document wording '" + key + "' in " + RESOURCE);
        }
        return value;
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    /** Arguments are passed as strings so that numbers are never grouped ("1,024"). */
    String format(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(get(key), Locale.SIMPLIFIED_CHINESE).format(texts);
    }

    private static Properties load() {
        try (InputStream in = DocumentWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
