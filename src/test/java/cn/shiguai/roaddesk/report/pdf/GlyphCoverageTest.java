package cn.shiguai.roaddesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void missingCharactersAreListedOnceInOrderWithTheFont() {
        MissingGlyphsException e = assertThrows(MissingGlyphsException.class, () -> GlyphCoverage.require(
                List.of("气温 −9.0 ℃", "①检查措施 ②领导带班", "再次 ℃"), fontLacking("℃①")));
        assertEquals(List.of(0x2103, 0x2460), e.missingCodePoints());
        assertEquals("Fake Hei (/fonts/fake.ttf)", e.font());
        assertTrue(e.getMessage().contains("℃ (U+2103)"), e.getMessage());
        assertTrue(e.getMessage().contains("① (U+2460)"), e.getMessage());
        assertTrue(e.getMessage().contains("Fake Hei"), e.getMessage());
    }

    @Test
    void aCompleteFontPasses() {
        assertDoesNotThrow(() -> GlyphCoverage.require(List.of("石府办发〔2019〕2号\n积雪深度\t23.5 厘米"), fontLacking("")));
    }

    @Test
    void minusSignFallsBackToHyphenWhenTheFontLacksIt() {
        assertDoesNotThrow(() -> GlyphCoverage.require(List.of("−9.0 ℃"), fontLacking("−")));
        assertEquals("-9.0 ℃", TypographicFallbacks.apply("−9.0 ℃", fontLacking("−")));
        assertEquals("−9.0 ℃", TypographicFallbacks.apply("−9.0 ℃", fontLacking("")), "kept where the font has it");
    }

    @Test
    void aMissingCharacterWithoutEquivalentIsNotReplaced() {
        MissingGlyphsException e = assertThrows(MissingGlyphsException.class,
                () -> GlyphCoverage.require(List.of("−9"), fontLacking("−-")));
        assertEquals(List.of(0x2212), e.missingCodePoints());
    }

    @Test
    void invisibleCharactersAreNamedByCode() {
        assertEquals("U+200B", GlyphCoverage.describe(0x200B));
        assertEquals("℃ (U+2103)", GlyphCoverage.describe(0x2103));
    }
}
