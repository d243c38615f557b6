package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import java.util.List;

/**
 * Numbers chapters as official documents do (一、二、三、…) as they are added, so a chapter left
 * out (nothing to report) never leaves a gap in the numbering.
 */
final class Sections {
    private static final String NUMERALS = "一二三四五六七八九十";

    private final DocumentLanguage language;
    private final List<Block> body;
    private int chapters;

    Sections(DocumentLanguage language, List<Block> body) {
        this.language = language;
        this.body = body;
    }

    void chapter(String titleKey) {
        chapters++;
        body.add(Heading.chapter(numeral(chapters) + "、" + language.get(titleKey)));
    }

    /** A draft's text; a part the office emptied is left out. */
    void paragraph(String text) {
        if (!text.isBlank()) {
            body.add(new Paragraph(text));
        }
    }

    static String numeral(int n) {
        if (n < 1 || n > 19) {
            throw new IllegalArgumentException("chapter " + n + ": documents have at most 19 chapters");
        }
        return n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : "十" + NUMERALS.charAt(n - 11);
    }
}
