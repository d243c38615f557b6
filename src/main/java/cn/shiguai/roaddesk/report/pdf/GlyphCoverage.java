package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Checks, before anything is drawn, that the font has a glyph for every character to print. */
final class GlyphCoverage {
    private GlyphCoverage() {
    }

    /** @throws MissingGlyphsException listing each missing character once, in order of appearance */
    static void require(List<String> texts, GlyphSource font) {
        BitSet checked = new BitSet();
        List<Integer> missing = new ArrayList<>();
        for (String text : texts) {
            String printed = TypographicFallbacks.apply(text, font);
            for (int i = 0; i < printed.length(); ) {
                int codePoint = printed.codePointAt(i);
                i += Character.charCount(codePoint);
                if (isLayoutControl(codePoint) || checked.get(codePoint)) {
                    continue;
                }
                checked.set(codePoint);
                if (!font.hasGlyph(codePoint)) {
                    missing.add(codePoint);
                }
            }
        }
        if (!missing.isEmpty()) {
            String list = String.join("、", missing.stream().map(GlyphCoverage::describe).toList());
            String message = ReportTexts.messages().format("glyphs.missing", font.description(), list);
            throw new MissingGlyphsException(message, missing, font.description());
        }
    }

    /** Line feeds and tabs are layout, not printed glyphs. */
    private static boolean isLayoutControl(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    /** "℃ (U+2103)"; an invisible character by its code alone, so the message shows something. */
    static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        boolean visible = !Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
        return visible ? new String(Character.toChars(codePoint)) + " (" + code + ")" : code;
    }
}
