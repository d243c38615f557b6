package cn.shiguai.roaddesk.report.pdf;

import java.util.List;

/**
 * Measuring and line breaking in the document font, applied to the text as it will print
 * (after {@link TypographicFallbacks}), so that measured and printed widths agree.
 */
final class Typesetter {
    private final DocumentFont font;
    private final LineBreaker breaker;

    Typesetter(DocumentFont font) {
        this.font = font;
        this.breaker = new LineBreaker(font);
    }

    List<LineBreaker.Line> lines(String text, TextStyle style, float width, float firstLineIndent) {
        return breaker.lines(font.printable(text), style.size(), width, firstLineIndent);
    }

    List<LineBreaker.Line> lines(String text, TextStyle style, float width) {
        return lines(text, style, width, 0);
    }

    float width(String text, TextStyle style) {
        return font.width(font.printable(text), style.size());
    }

    /**
     * Character spacing that makes a line fill {@code available}, or 0 where that would look
     * worse than a short line: at a paragraph's end, or when a long Latin word moved down left
     * a gap too wide to spread between the characters.
     */
    static float justification(LineBreaker.Line line, float available, TextStyle style) {
        int gaps = line.text().codePointCount(0, line.text().length()) - 1;
        float slack = available - line.width();
        if (line.lastOfParagraph() || gaps < 1 || slack <= 0) {
            return 0;
        }
        float spacing = slack / gaps;
        return spacing <= style.size() * 0.12f ? spacing : 0;
    }
}
