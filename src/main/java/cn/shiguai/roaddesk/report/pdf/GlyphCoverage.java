package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Finds, before anything is drawn, the characters to print that the font has no glyph for. */
final class GlyphCoverage {
    private GlyphCoverage() {
    }

    /** Each missing character once, in order of appearance, after the exact equivalents are applied. */
    static List<Integer> missing(List<String> texts, GlyphSource font) {
        BitSet checked = new BitSet();
        List<Integer> missing = new ArrayList<>();
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (TypographicFallbacks.isLayoutControl(codePoint) || checked.get(codePoint)) {
                    continue;
                }
                checked.set(codePoint);
                if (!font.hasGlyph(codePoint) && !TypographicFallbacks.hasEquivalent(codePoint, font)) {
                    missing.add(codePoint);
                }
            }
        }
        return missing;
    }

    /** "℃ (U+2103)"; an invisible character by its code alone, so the message shows something. */
    static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        boolean visible = !Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
        return visible ? new String(Character.toChars(codePoint)) + " (" + code + ")" : code;
    }
}
