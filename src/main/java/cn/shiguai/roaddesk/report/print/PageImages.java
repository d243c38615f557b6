package cn.shiguai.roaddesk.report.print;

import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** The pages of one PDF as pictures, rendered one at a time: a whole document at 600 dpi would not fit in memory. */
public interface PageImages {

    int pageCount() throws IOException;

    /** @param index 0 for the first page */
    BufferedImage page(int index, float dpi) throws IOException;

    /** The pages of a PDF as issued, drawn by PDFBox. */
    static PageImages of(byte[] pdf) {
        byte[] copy = pdf.clone();
        return new PageImages() {
            @Override
            public int pageCount() throws IOException {
                return PdfPageImages.pageCount(copy);
            }

            @Override
            public BufferedImage page(int index, float dpi) throws IOException {
                return PdfPageImages.render(copy, index, dpi);
            }
        };
    }
}
