package cn.shiguai.roaddesk.report.doc;

import java.util.List;

/**
 * An official document of the office, independent of how it is printed: report assembly code
 * builds one from data, and a renderer (PDF, preview) lays it out.
 *
 * @param issuer     the issuing body (发文机关), printed in red as the letterhead (红头)
 * @param title      the document title, printed large and centred
 * @param number     the issue number such as "2026年第3期"; empty when the document has none
 * @param dateLine   the date line such as "2026年1月12日"; empty when none
 * @param body       the content, in order
 * @param footerNote a short line printed on every page, e.g. the duty log size and chain head
 *                   that let a reader check the printout against the log; empty when none
 * @param watermark  a word printed across every page, e.g. "草稿" for a draft; null for none
 */
public record ReportDocument(String issuer, String title, String number, String dateLine, List<Block> body,
                             String footerNote, String watermark) {
    public ReportDocument {
        Check.present(issuer, "issuer");
        Check.text(title, "title");
        Check.present(number, "number");
        Check.present(dateLine, "dateLine");
        body = Check.list(body, "body");
        Check.present(footerNote, "footerNote");
        if (watermark != null) {
            Check.text(watermark, "watermark");
        }
    }

    /** The same document marked with a watermark, e.g. to print a draft of an issued text. */
    public ReportDocument withWatermark(String word) {
        return new ReportDocument(issuer, title, number, dateLine, body, footerNote, word);
    }
}
