package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("i18n/report.properties").keySet(), load("i18n/report_en.properties").keySet());
    }

    @Test
    void documentsArePrintedInChineseWhateverTheScreenLanguage() {
        Locale screen = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("第 3 页 / 共 12 页", ReportTexts.document().format("footer.pages", 3, 12));
            assertTrue(ReportTexts.messages().format("font.none", "-").startsWith("No usable Chinese"));
        } finally {
            Locale.setDefault(screen);
        }
    }

    @Test
    void numbersAreNotGrouped() {
        assertEquals("第 1000 页 / 共 1200 页", ReportTexts.document().format("footer.pages", 1000, 1200));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
