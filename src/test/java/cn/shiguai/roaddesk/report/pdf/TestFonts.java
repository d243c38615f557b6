package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Fonts for tests. Tests use WenQuanYi Zen Hei, which CI installs (fonts-wqy-zenhei), through
 * one shared locator, as the application does: parsing it once saves a second per test class.
 */
final class TestFonts {
    static final Path WEN_QUAN_YI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final CjkFontLocator SHARED = new CjkFontLocator(WEN_QUAN_YI);

    private TestFonts() {
    }

    static CjkFontLocator shared() {
        return SHARED;
    }

    /**
     * A real TrueType font holding only {@code characters}, cut from WenQuanYi Zen Hei: a font
     * that lacks exactly what a test needs it to lack.
     */
    static Path wenQuanYiSubset(Path folder, String characters) throws IOException {
        Path file = folder.resolve("subset-" + Integer.toHexString(characters.hashCode()) + ".ttf");
        try (TrueTypeCollection collection = new TrueTypeCollection(WEN_QUAN_YI.toFile())) {
            TrueTypeFont face = collection.getFontByName("WenQuanYiZenHei");
            TTFSubsetter subsetter = new TTFSubsetter(face);
            Set<Integer> codePoints = new HashSet<>();
            characters.codePoints().forEach(codePoints::add);
            subsetter.addAll(codePoints);
            try (OutputStream out = Files.newOutputStream(file)) {
                subsetter.writeToStream(out);
            }
        }
        return file;
    }
}
