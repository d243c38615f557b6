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
