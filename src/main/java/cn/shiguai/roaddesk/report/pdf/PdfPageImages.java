package cn.shiguai.roaddesk.report.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pictures of PDF pages, for previews on screen and for tests; needs no display. */
public final class PdfPageImages {
    private PdfPageImages() {
    }

    /**
     * @param pageIndex 0 for the first page
     * @param dpi       resolution; 72 draws one pixel per PDF point
     */
    public static BufferedImage render(byte[] pdf, int pageIndex, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + pageIndex + " of a document of "
                        + document.getNumberOfPages() + " pages");
            }
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        }
    }

    public static byte[] renderPng(byte[] pdf, int pageIndex, float dpi) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(render(pdf, pageIndex, dpi), "png", png);
        return png.toByteArray();
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
