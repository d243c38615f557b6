package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.ReportDocument;
import java.io.IOException;

/**
 * The head of the first page after GB/T 9704: the issuing body in large red type (红头),
 * the issue number and date, a red rule across the text width, then the title.
 */
final class LetterheadRenderer {
    /** Letterheads condense their type rather than shrink it; below this they shrink too. */
    private static final float MIN_HORIZONTAL_SCALE = 62;
    private static final float RED_RULE_WIDTH = 1.6f;

    private LetterheadRenderer() {
    }

    static void render(ReportDocument document, PageFlow flow) throws IOException {
        if (!document.issuer().isBlank()) {
            issuer(document.issuer(), flow);
            numberAndDate(document, flow);
            flow.advance(5);
            float x = flow.left();
            flow.canvas().line(x, flow.y(), x + flow.width(), flow.y(), RED_RULE_WIDTH, Styles.LETTERHEAD_RED);
            flow.advance(20);
        } else {
            numberAndDate(document, flow);
        }
        title(document.title(), flow);
        flow.advance(Styles.BLOCK_GAP);
    }

    private static void issuer(String issuer, PageFlow flow) throws IOException {
        TextStyle style = Styles.ISSUER;
        float natural = flow.typesetter().width(issuer, style);
        float scale = Math.min(100, 100 * flow.width() / natural);
        if (scale < MIN_HORIZONTAL_SCALE) {
            float size = style.size() * scale / MIN_HORIZONTAL_SCALE;
            style = new TextStyle(size, style.leading(), style.colour(), style.bold());
            scale = MIN_HORIZONTAL_SCALE;
        }
        float printed = flow.typesetter().width(issuer, style) * scale / 100;
        float x = flow.left() + (flow.width() - printed) / 2;
        flow.canvas().text(issuer, x, flow.y() - style.baselineOffset(), style, 0, scale);
        flow.advance(style.leading() + 10);
    }

    private static void numberAndDate(ReportDocument document, PageFlow flow) throws IOException {
        if (document.number().isEmpty() && document.dateLine().isEmpty()) {
            return;
        }
        TextStyle style = Styles.NUMBER_LINE;
        float baseline = flow.y() - style.baselineOffset();
        flow.canvas().text(document.number(), flow.left(), baseline, style);
        float dateWidth = flow.typesetter().width(document.dateLine(), style);
        flow.canvas().text(document.dateLine(), flow.left() + flow.width() - dateWidth, baseline, style);
        flow.advance(style.leading());
    }

    private static void title(String title, PageFlow flow) throws IOException {
        TextStyle style = Styles.TITLE;
        for (LineBreaker.Line line : flow.typesetter().lines(title, style, flow.width() - 2 * style.size())) {
            float x = flow.left() + (flow.width() - line.width()) / 2;
            flow.canvas().text(line.text(), x, flow.y() - style.baselineOffset(), style);
            flow.advance(style.leading());
        }
    }
}
