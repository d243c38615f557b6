package cn.shiguai.roaddesk.report.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/** Drawing on one page in the document font: text as real, selectable text, and simple shapes. */
final class PdfCanvas implements AutoCloseable {
    /** Outline stroke of simulated bold, relative to the font size. */
    private static final float BOLD_STROKE = 0.035f;

    private final PDPageContentStream out;
    private final DocumentFont font;

    PdfCanvas(PDPageContentStream out, DocumentFont font) {
        this.out = out;
        this.font = font;
    }

    void text(String text, float x, float baseline, TextStyle style) throws IOException {
        text(text, x, baseline, style, 0, 100);
    }

    /**
     * @param characterSpacing extra space after each character, to justify a line
     * @param horizontalScale  percent; below 100 condenses the glyphs, as letterheads do
     */
    void text(String text, float x, float baseline, TextStyle style, float characterSpacing,
              float horizontalScale) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font.pdfFont(), style.size());
        out.setNonStrokingColor(style.colour());
        if (style.bold()) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setStrokingColor(style.colour());
            out.setLineWidth(style.size() * BOLD_STROKE);
        }
        if (characterSpacing != 0) {
            out.setCharacterSpacing(characterSpacing);
        }
        if (horizontalScale != 100) {
            out.setHorizontalScaling(horizontalScale);
        }
        out.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        out.showText(font.printable(text));
        if (style.bold()) {
            out.setRenderingMode(RenderingMode.FILL);
        }
        if (characterSpacing != 0) {
            out.setCharacterSpacing(0);
        }
        if (horizontalScale != 100) {
            out.setHorizontalScaling(100);
        }
        out.endText();
    }

    void fillRect(float x, float y, float width, float height, Color colour) throws IOException {
        out.setNonStrokingColor(colour);
        out.addRect(x, y, width, height);
        out.fill();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color colour) throws IOException {
        out.setStrokingColor(colour);
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    /** The raw stream, for paths such as chart lines that need more than the helpers above. */
    PDPageContentStream stream() {
        return out;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
