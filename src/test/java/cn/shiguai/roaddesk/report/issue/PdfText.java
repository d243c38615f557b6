package cn.shiguai.roaddesk.report.issue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader's search sees it, lines joined so a wrapped hash is found whole. */
public final class PdfText {
    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String joined(byte[] pdf) {
        return of(pdf).replace("\r", "").replace("\n", "");
    }
}
