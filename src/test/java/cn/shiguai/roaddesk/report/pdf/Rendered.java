package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A document rendered with the shared test font and a fixed clock, and the text of its pages. */
record Rendered(byte[] pdf, List<String> pages) {

    static Rendered of(ReportDocument document) throws IOException {
        byte[] pdf = new PdfRenderer(TestFonts.shared(), SampleDocuments.FIXED_CLOCK).renderToBytes(document);
        return new Rendered(pdf, extractPages(pdf));
    }

    /** Text of each page as PDFBox extracts it, i.e. as a reader copying or searching gets it. */
    static List<String> extractPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** All text, lines joined without breaks, for phrases that may wrap. */
    String joined() {
        return String.join("", pages).replace("\r", "").replace("\n", "");
    }
}
