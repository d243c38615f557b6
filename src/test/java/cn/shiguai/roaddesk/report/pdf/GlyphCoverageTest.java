package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphCoverageTest {
    /** A font with every character except the given ones. */
    private static GlyphSource fontLacking(String missing) {
        return new GlyphSource() {
            @Override
            public boolean hasGlyph(int codePoint) {
                return missing.codePoints().noneMatch(m -> m == codePoint);
            }

            @Override
            public String description() {
                return "Fake Hei (/fonts/fake.ttf)";
            }
        };
    }

    @Test
    void missingCharactersAreListedOnceInOrder() {
        assertEquals(List.of(0x2103, 0x2460), GlyphCoverage.missing(
                List.of("气温 −9.0 ℃", "①检查措施 ②领导带班", "再次 ℃"), fontLacking("℃①")));
        assertEquals("℃ (U+2103)、① (U+2460)",
                new ReplacedGlyphs(List.of(0x2103, 0x2460), "Fake Hei (/fonts/fake.ttf)").characters());
    }

    @Test
    void aCompleteFontMissesNothing() {
        assertEquals(List.of(), GlyphCoverage.missing(List.of("石府办发〔2019〕2号\n积雪深度\t23.5 厘米"), fontLacking("")));
    }

    @Test
    void minusSignFallsBackToHyphenWhenTheFontLacksIt() {
        assertEquals(List.of(), GlyphCoverage.missing(List.of("−9.0 ℃"), fontLacking("−")));
        assertEquals("-9.0 ℃", TypographicFallbacks.apply("−9.0 ℃", fontLacking("−")));
        assertEquals("−9.0 ℃", TypographicFallbacks.apply("−9.0 ℃", fontLacking("")), "kept where the font has it");
    }

    @Test
    void aCharacterWithoutGlyphOrEquivalentPrintsAsAVisibleBox() {
        assertEquals(List.of(0x2212), GlyphCoverage.missing(List.of("−9"), fontLacking("−-")));
        assertEquals("□9", TypographicFallbacks.apply("−9", fontLacking("−-")));
        assertEquals("封□闭 □", TypographicFallbacks.apply("封\u200B闭 \uD83D\uDEA7", fontLacking("\u200B\uD83D\uDEA7")),
                "a zero-width space and an emoji the font lacks show as boxes, one per character");
        assertEquals("封?闭", TypographicFallbacks.apply("封\u200B闭", fontLacking("\u200B□")), "a font without □");
    }

    @Test
    void invisibleCharactersAreNamedByCode() {
        assertEquals("U+200B", GlyphCoverage.describe(0x200B));
        assertEquals("℃ (U+2103)", GlyphCoverage.describe(0x2103));
    }
}
