package cn.shiguai.roaddesk.report.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Characters of a document the font has no glyph for, printed as {@value TypographicFallbacks#BOX}
 * instead (an emoji or a zero-width space in a log entry must not make the day's report
 * impossible; a visible box tells the reader something is there). Whoever renders names them in
 * a warning, so the office can change the text or the font.
 *
 * @param codePoints each character once, in the order it first occurs
 * @param font the font that lacks them, as {@link CjkFont#description()}
 */
public record ReplacedGlyphs(List<Integer> codePoints, String font) {
    public ReplacedGlyphs {
        codePoints = List.copyOf(codePoints);
    }

    /** "🙂 (U+1F642)、U+200B": invisible characters by their code alone. */
    public String characters() {
        return codePoints.stream().map(GlyphCoverage::describe).collect(Collectors.joining("、"));
    }
}
