package cn.shiguai.roaddesk.report.pdf;

import java.util.Map;

/**
 * What is printed for a character the font lacks. A few have exact typographic equivalents:
 * common CJK fonts (WenQuanYi Zen Hei, AR PL UMing) have no U+2212 MINUS SIGN, yet sensor and
 * spreadsheet data write temperatures as "−9.0 ℃", and "-9.0 ℃" keeps the meaning. Any other
 * missing character prints as {@value #BOX} (or "?" in a font without it), so that an emoji or
 * a zero-width space typed into a log entry leaves a visible mark instead of making the report
 * impossible; the renderer names such characters in a warning ({@link ReplacedGlyphs}). Fonts
 * without Chinese characters, Latin letters or digits are refused before this (a box in place
 * of a number would misinform).
 */
final class TypographicFallbacks {
    static final String BOX = "□";
    private static final int BOX_CODE_POINT = 0x25A1;
    private static final Map<Integer, Integer> EQUIVALENTS = Map.of(
            0x2212, (int) '-',  // minus sign → hyphen-minus
            0x00A0, (int) ' ',  // no-break space → space
            0x2009, (int) ' ',  // thin space → space
            0x202F, (int) ' '); // narrow no-break space → space

    private TypographicFallbacks() {
    }

    static String apply(String text, GlyphSource font) {
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int count = Character.charCount(codePoint);
            int printed = printed(codePoint, font);
            if (printed != codePoint && replaced == null) {
                replaced = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replaced != null) {
                replaced.appendCodePoint(printed);
            }
            i += count;
        }
        return replaced == null ? text : replaced.toString();
    }

    private static int printed(int codePoint, GlyphSource font) {
        if (isLayoutControl(codePoint) || font.hasGlyph(codePoint)) {
            return codePoint;
        }
        Integer equivalent = EQUIVALENTS.get(codePoint);
        if (equivalent != null && font.hasGlyph(equivalent)) {
            return equivalent;
        }
        return font.hasGlyph(BOX_CODE_POINT) ? BOX_CODE_POINT : '?';
    }

    static boolean hasEquivalent(int codePoint, GlyphSource font) {
        Integer equivalent = EQUIVALENTS.get(codePoint);
        return equivalent != null && font.hasGlyph(equivalent);
    }

    /** Line feeds and tabs are layout, not printed glyphs. */
    static boolean isLayoutControl(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }
}
