package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontLocatorTest {
    @TempDir
    Path folder;

    @Test
    void configuredCollectionUsesItsRegularFaceAndIsCached() {
        CjkFontLocator locator = TestFonts.shared();
        CjkFont font = locator.locate();
        assertEquals("WenQuanYi Zen Hei", font.faceName());
        assertTrue(font.description().contains("wqy-zenhei.ttc"), font.description());
        assertSame(font, locator.locate(), "parsed once, then reused");
    }

    @Test
    void systemFontsAreFoundWithoutConfiguration() throws IOException {
        try (CjkFontLocator locator = new CjkFontLocator(null, List.of(TestFonts.WEN_QUAN_YI), List.of())) {
            assertEquals(TestFonts.WEN_QUAN_YI, locator.locate().file());
        }
    }

    @Test
    void fontFoldersAreSearchedByFileName() throws IOException {
        Path fonts = TestFonts.WEN_QUAN_YI.getParent().getParent().getParent(); // /usr/share/fonts
        try (CjkFontLocator locator = new CjkFontLocator(null, List.of(folder.resolve("absent.ttc")), List.of(folder, fonts))) {
            assertEquals(TestFonts.WEN_QUAN_YI, locator.locate().file());
        }
    }

    @Test
    void withoutAnyFontTheMessageSaysWhatToInstall() {
        CjkFontLocator locator = new CjkFontLocator(null, List.of(folder.resolve("simsun.ttc")), List.of(folder));
        FontUnavailableException e = assertThrows(FontUnavailableException.class, locator::locate);
        assertTrue(e.getMessage().contains("fonts-wqy-zenhei"), e.getMessage());
        assertTrue(e.getMessage().contains("SimSun"), e.getMessage());
    }

    @Test
    void openTypeCffFontsAreRefusedWithTheReason() throws IOException {
        Path notoLike = folder.resolve("NotoSansCJK-Regular.otf");
        Files.write(notoLike, "OTTO\u0000\u000b\u0000\u0080".getBytes(StandardCharsets.ISO_8859_1));
        FontUnavailableException e = assertThrows(FontUnavailableException.class,
                () -> new CjkFontLocator(notoLike).locate());
        assertTrue(e.getMessage().contains("OpenType/CFF"), e.getMessage());
        assertTrue(e.getMessage().contains(notoLike.toString()), e.getMessage());
    }

    @Test
    void unusableCandidatesAreSkippedAndNamedWhenNothingIsLeft() throws IOException {
        Path cff = folder.resolve("cff.otf");
        Files.write(cff, "OTTO....".getBytes(StandardCharsets.ISO_8859_1));
        Path text = folder.resolve("readme.ttf");
        Files.writeString(text, "hello");
        CjkFontLocator locator = new CjkFontLocator(null, List.of(cff, text), List.of());
        FontUnavailableException e = assertThrows(FontUnavailableException.class, locator::locate);
        assertTrue(e.getMessage().contains("cff.otf") && e.getMessage().contains("readme.ttf"), e.getMessage());
        assertTrue(e.getMessage().contains("fonts-wqy-zenhei"), e.getMessage());
    }

    @Test
    void aConfiguredFontThatDoesNotExistIsReportedNotReplaced() {
        Path missing = folder.resolve("simsun.ttc");
        FontUnavailableException e = assertThrows(FontUnavailableException.class,
                () -> new CjkFontLocator(missing).locate());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aFontWithoutChineseIsRefused() throws IOException {
        Path latinOnly = TestFonts.wenQuanYiSubset(folder, "ABCabc0123");
        FontUnavailableException e = assertThrows(FontUnavailableException.class,
                () -> new CjkFontLocator(latinOnly).locate());
        assertTrue(e.getMessage().contains(latinOnly.toString()), e.getMessage());
    }

    @Test
    void wenQuanYiCoversWhatReportsPrint() {
        CjkFont font = TestFonts.shared().locate();
        String required = "℃①②③④⑤⑥⑦⑧⑨⑩（）【】〔〕，。；：、“”《》0123456789ABCxyz"
                + "石府办发〔2019〕2号 积雪深度 23.5 厘米 五当召镇 旅游公路 K12 弯道 喜桂图新区 环城路 已完成 进行中 未开始 无法完成";
        assertEquals(List.of(), GlyphCoverage.missing(List.of(required, "−9.0 ℃"), font));
        assertTrue(required.codePoints().allMatch(font::hasGlyph));
    }
}
