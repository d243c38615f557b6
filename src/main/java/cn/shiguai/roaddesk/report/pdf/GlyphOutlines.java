package cn.shiguai.roaddesk.report.pdf;

import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws text as filled glyph outlines instead of text. Used for the watermark: it is a mark
 * on the paper, not part of the document's words, so it must not turn up in the text that is
 * copied, searched or extracted from the PDF.
 */
final class GlyphOutlines {
    private GlyphOutlines() {
    }

    static float width(CjkFont font, String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += font.advance(codePoint) * size / 1000f;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** Adds the outlines of {@code text} with its baseline starting at (x, y) and fills them. */
    static void fill(PDPageContentStream out, CjkFont font, String text, float x, float y, float size)
            throws IOException {
        float scale = size / font.unitsPerEm();
        float penX = x;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            addPath(out, font.outline(codePoint).getPathIterator(null), penX, y, scale);
            penX += font.advance(codePoint) * size / 1000f;
            i += Character.charCount(codePoint);
        }
        out.fill();
    }

    private static void addPath(PDPageContentStream out, PathIterator path, float x, float y, float scale)
            throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (; !path.isDone(); path.next()) {
            int segment = path.currentSegment(c);
            for (int i = 0; i < 6; i += 2) {
                c[i] = x + c[i] * scale;
                c[i + 1] = y + c[i + 1] * scale;
            }
            switch (segment) {
                case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> out.lineTo(c[0], c[1]);
                // TrueType outlines are quadratic; PDF paths only know cubic curves.
                case PathIterator.SEG_QUADTO -> out.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                        c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> out.closePath();
            }
            int end = segment == PathIterator.SEG_QUADTO ? 2 : segment == PathIterator.SEG_CUBICTO ? 4 : 0;
            if (segment != PathIterator.SEG_CLOSE) {
                lastX = c[end];
                lastY = c[end + 1];
            }
        }
    }
}
