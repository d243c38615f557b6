package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.Table;
import cn.shiguai.roaddesk.report.doc.Paragraph;
import java.io.IOException;
import java.util.List;

/**
 * Headings and paragraphs. Following GB/T 9704, each paragraph line and heading starts two
 * characters in; paragraph lines are justified so the right edge is straight, as in print.
 */
final class TextBlockRenderer {
    /** Two full-width characters of body text. */
    static final float INDENT = 2 * Styles.BODY.size();
    /** Lines of body text that must fit below a heading, so no heading ends a page alone. */
    private static final int LINES_KEPT_WITH_HEADING = 2;
    /** A chart kept with its heading may still leave this much of a page empty; no more. */
    private static final float MAX_KEPT_HEIGHT = PageFlow.pageBodyHeight() / 2;

    private TextBlockRenderer() {
    }

    static void paragraph(Paragraph paragraph, PageFlow flow) throws IOException {
        TextStyle style = Styles.BODY;
        flow.gap(Styles.BLOCK_GAP / 2);
        List<LineBreaker.Line> lines = flow.typesetter().lines(paragraph.text(), style, flow.width(), INDENT);
        for (LineBreaker.Line line : lines) {
            flow.ensure(style.leading());
            float indent = line.firstOfParagraph() ? INDENT : 0;
            float spacing = Typesetter.justification(line, flow.width() - indent, style);
            flow.canvas().text(line.text(), flow.left() + indent, flow.y() - style.baselineOffset(), style, spacing, 100);
            flow.advance(style.leading());
        }
    }

    /** @param next the block after the heading, or null; its start is kept on the heading's page */
    static void heading(Heading heading, Block next, PageFlow flow) throws IOException {
        TextStyle style = heading.level() == 1 ? Styles.HEADING_1 : Styles.HEADING_2;
        flow.gap(heading.level() == 1 ? style.leading() * 0.6f : style.leading() * 0.3f);
        List<LineBreaker.Line> lines = flow.typesetter().lines(heading.text(), style, flow.width() - INDENT);
        flow.ensure(lines.size() * style.leading() + startHeight(next, flow));
        for (LineBreaker.Line line : lines) {
            flow.canvas().text(line.text(), flow.left() + INDENT, flow.y() - style.baselineOffset(), style);
            flow.advance(style.leading());
        }
    }

    /** The part of a block that must follow a heading on the same page. */
    private static float startHeight(Block next, PageFlow flow) {
        float height;
        if (next instanceof Table table) {
            height = TableRenderer.startHeight(table, flow);
        } else if (next instanceof LineChart chart) {
            height = LineChartRenderer.height(chart, flow.typesetter(), flow.width());
        } else if (next instanceof Heading) {
            height = Styles.HEADING_2.leading() * 1.3f + LINES_KEPT_WITH_HEADING * Styles.BODY.leading();
        } else {
            height = LINES_KEPT_WITH_HEADING * Styles.BODY.leading();
        }
        return Math.min(height, MAX_KEPT_HEIGHT);
    }
}
