package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * What goes on every page once the body is laid out and the page count is known: the footer
 * ("第 x 页 / 共 y 页" and the document's note) and the optional watermark.
 */
final class PageDecorations {
    /** Page number 7 mm below the text area, as GB/T 9704 places it. */
    private static final float PAGE_NUMBER_BASELINE = Styles.MARGIN_BOTTOM - 7 * Styles.MM - Styles.FOOTER.size();
    private static final int FOOTER_NOTE_MAX_LINES = 2;
    private static final Color WATERMARK = new Color(0x80, 0x80, 0x80);
    private static final float WATERMARK_OPACITY = 0.22f;

    private PageDecorations() {
    }

    static void apply(PDDocument pdf, DocumentFont font, ReportDocument document) throws IOException {
        Typesetter type = new Typesetter(font);
        ReportTexts texts = ReportTexts.document();
        int total = pdf.getNumberOfPages();
        List<LineBreaker.Line> note = type.lines(document.footerNote(), Styles.FOOTER_NOTE, Styles.textWidth());
        note = note.subList(0, Math.min(FOOTER_NOTE_MAX_LINES, note.size()));
        for (int index = 0; index < total; index++) {
            PDPage page = pdf.getPage(index);
            try (PdfCanvas canvas = new PdfCanvas(new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true), font)) {
                footer(canvas, type, texts.format("footer.pages", index + 1, total), note);
                if (document.watermark() != null) {
                    watermark(canvas, font, document.watermark());
                }
            }
        }
    }

    private static void footer(PdfCanvas canvas, Typesetter type, String pageText, List<LineBreaker.Line> note)
            throws IOException {
        float centre = Styles.MARGIN_LEFT + Styles.textWidth() / 2;
        TextStyle style = Styles.FOOTER;
        canvas.text(pageText, centre - type.width(pageText, style) / 2, PAGE_NUMBER_BASELINE, style);
        float baseline = PAGE_NUMBER_BASELINE - style.leading();
        for (LineBreaker.Line line : note) {
            canvas.text(line.text(), centre - line.width() / 2, baseline, Styles.FOOTER_NOTE);
            baseline -= Styles.FOOTER_NOTE.leading();
        }
    }

    /**
     * Drawn over the content, translucent, so that table fills cannot hide it: a draft must not
     * pass for an issued document. Drawn as outlines, so it is not part of the text.
     */
    private static void watermark(PdfCanvas canvas, DocumentFont font, String word) throws IOException {
        PDPageContentStream out = canvas.stream();
        String printed = font.printable(word);
        float diagonal = (float) Math.hypot(Styles.PAGE.getWidth(), Styles.PAGE.getHeight());
        float size = Math.min(150, 100 * diagonal * 0.5f / GlyphOutlines.width(font.cjkFont(), printed, 100));
        float width = GlyphOutlines.width(font.cjkFont(), printed, size);
        out.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(WATERMARK_OPACITY);
        out.setGraphicsStateParameters(translucent);
        out.setNonStrokingColor(WATERMARK);
        double angle = Math.atan2(Styles.PAGE.getHeight(), Styles.PAGE.getWidth());
        out.transform(Matrix.getRotateInstance(angle, Styles.PAGE.getWidth() / 2, Styles.PAGE.getHeight() / 2));
        GlyphOutlines.fill(out, font.cjkFont(), printed, -width / 2, -size * 0.35f, size);
        out.restoreGraphicsState();
    }
}
