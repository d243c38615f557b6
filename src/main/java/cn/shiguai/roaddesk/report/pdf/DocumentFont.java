package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of one PDF being written: the shared {@link CjkFont} for measuring, and its
 * PDType0Font, which collects the glyphs used so only those are embedded (a subset of a few
 * dozen KB instead of the 17 MB file).
 */
final class DocumentFont implements TextMeasurer {
    private final CjkFont font;
    private final PDType0Font pdfFont;

    DocumentFont(PDDocument document, CjkFont font) throws IOException {
        this.font = font;
        this.pdfFont = PDType0Font.load(document, font.trueType(), true);
    }

    CjkFont cjkFont() {
        return font;
    }

    PDType0Font pdfFont() {
        return pdfFont;
    }

    /** The text as it will be printed, with {@link TypographicFallbacks} applied. */
    String printable(String text) {
        return TypographicFallbacks.apply(text, font);
    }

    @Override
    public float width(String text, float size) {
        int thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            thousandths += font.advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return thousandths * size / 1000f;
    }
}
