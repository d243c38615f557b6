package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The body of a document flowing down pages: a cursor {@code y} on the current page (PDF
 * coordinates, origin at the bottom left), and a new page when a block needs more room than
 * is left. Footers are written later, once the number of pages is known.
 */
final class PageFlow implements AutoCloseable {
    private final PDDocument document;
    private final DocumentFont font;
    private final Typesetter typesetter;
    private PdfCanvas canvas;
    private float y;

    PageFlow(PDDocument document, DocumentFont font) throws IOException {
        this.document = document;
        this.font = font;
        this.typesetter = new Typesetter(font);
        newPage();
    }

    PdfCanvas canvas() {
        return canvas;
    }

    Typesetter typesetter() {
        return typesetter;
    }

    float y() {
        return y;
    }

    void advance(float height) {
        y -= height;
    }

    float left() {
        return Styles.MARGIN_LEFT;
    }

    float width() {
        return Styles.textWidth();
    }

    float available() {
        return y - Styles.MARGIN_BOTTOM;
    }

    /** The height of the body of an empty page. */
    static float pageBodyHeight() {
        return Styles.PAGE.getHeight() - Styles.MARGIN_TOP - Styles.MARGIN_BOTTOM;
    }

    boolean atPageTop() {
        return y >= top();
    }

    /** Space between blocks, except at the top of a page where it would only push text down. */
    void gap(float height) {
        if (!atPageTop()) {
            y = Math.max(y - height, Styles.MARGIN_BOTTOM);
        }
    }

    /** Starts a new page unless {@code height} fits here (or this page is still empty). */
    void ensure(float height) throws IOException {
        if (height > available() && !atPageTop()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(Styles.PAGE);
        document.addPage(page);
        canvas = new PdfCanvas(new PDPageContentStream(document, page), font);
        y = top();
    }

    private static float top() {
        return Styles.PAGE.getHeight() - Styles.MARGIN_TOP;
    }

    @Override
    public void close() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
