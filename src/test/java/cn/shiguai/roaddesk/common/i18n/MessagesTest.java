package cn.shiguai.roaddesk.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultWhateverTheMachineLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("二级", Messages.chinese().get("level.II.short"));
            assertEquals("二级", Messages.forLanguageTag("zh-CN").get("level.II.short"));
            assertEquals("II", Messages.forLanguageTag("en").get("level.II.short"));
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void unitsPassedAsKeysAreTranslated() {
        assertTrue(Messages.chinese().format("scenario.problem.range", "-1", 0, 300, new Messages.Key("unit.cm"))
                .endsWith("0–300 厘米之间"));
        assertTrue(Messages.english().format("scenario.problem.range", "-1", 0, 300, new Messages.Key("unit.cm"))
                .endsWith("0–300 cm"));
    }

    /** Every Chinese text has its English counterpart and the other way round, in every area bundle. */
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            Properties zh = load(base + ".properties");
            Properties en = load(base + "_en.properties");
            if (zh == null && en == null) {
                continue;
            }
            assertTrue(zh != null && en != null, bundle + " exists in one language only");
            Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
            onlyZh.removeAll(en.stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(zh.stringPropertyNames());
            assertEquals(Set.of(), onlyZh, bundle + ": keys without English");
            assertEquals(Set.of(), onlyEn, bundle + ": keys without Chinese");
        }
    }

    /**
     * Texts go through MessageFormat, where a lone apostrophe quotes everything after it: "the
     * plan's {0}" would print "the plans {0}" with the placeholder unfilled. Every placeholder
     * written in a text must come out filled.
     */
    @Test
    void everyPlaceholderIsFilledWhenFormatted() throws IOException {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{(\\d+)");
        java.util.List<String> broken = new java.util.ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            for (String resource : new String[] {base + ".properties", base + "_en.properties"}) {
                Properties texts = load(resource);
                if (texts == null) {
                    continue;
                }
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    Set<Integer> written = new TreeSet<>();
                    placeholder.matcher(text).results().forEach(m -> written.add(Integer.parseInt(m.group(1))));
                    if (written.isEmpty()) {
                        continue;
                    }
                    java.text.MessageFormat format = new java.text.MessageFormat(text, Locale.ROOT);
                    java.text.Format[] formats = format.getFormatsByArgumentIndex();
                    Object[] args = new Object[java.util.Collections.max(written) + 1];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = i < formats.length && formats[i] != null ? (Object) 7 : "⟦" + i + "⟧";
                    }
                    String out = format.format(args);
                    for (int i : written) {
                        boolean typed = i < formats.length && formats[i] != null;
                        if (!typed && !out.contains("⟦" + i + "⟧")) {
                            broken.add(resource + " " + key + ": {" + i + "} not filled in \"" + out + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), broken);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p;
        }
    }
}
