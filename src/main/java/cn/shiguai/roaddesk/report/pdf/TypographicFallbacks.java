package cn.shiguai.roaddesk.report.pdf;

import java.util.Map;

/**
 * Replaces a few characters by their exact typographic equivalents when the font lacks them.
 * Common CJK fonts (WenQuanYi Zen Hei, AR PL UMing) have no U+2212 MINUS SIGN, yet sensor and
 * spreadsheet data write temperatures as "−9.0 ℃"; printing "-9.0 ℃" keeps the meaning,
 * while refusing the whole report over a minus sign would help nobody. Everything not in this
 * short list still fails the glyph check.
 */
final class TypographicFallbacks {
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
            Integer equivalent = EQUIVALENTS.get(codePoint);
            if (equivalent != null && !font.hasGlyph(codePoint) && font.hasGlyph(equivalent)) {
                if (replaced == null) {
                    replaced = new StringBuilder(text.length()).append(text, 0, i);
                }
                replaced.appendCodePoint(equivalent);
            } else if (replaced != null) {
                replaced.appendCodePoint(codePoint);
            }
            i += count;
        }
        return replaced == null ? text : replaced.toString();
    }
}
