package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Block;
import cn.shiguai.roaddesk.report.doc.Heading;
import cn.shiguai.roaddesk.report.doc.LineChart;
import cn.shiguai.roaddesk.report.doc.PageBreak;
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

    /** @param following the blocks after the heading; the start of their content stays on its page */
    static void heading(Heading heading, List<Block> following, PageFlow flow) throws IOException {
        TextStyle style = heading.level() == 1 ? Styles.HEADING_1 : Styles.HEADING_2;
        flow.gap(heading.level() == 1 ? style.leading() * 0.6f : style.leading() * 0.3f);
        List<LineBreaker.Line> lines = flow.typesetter().lines(heading.text(), style, flow.width() - INDENT);
        flow.ensure(lines.size() * style.leading() + startHeight(following, flow));
        for (LineBreaker.Line line : lines) {
            flow.canvas().text(line.text(), flow.left() + INDENT, flow.y() - style.baselineOffset(), style);
            flow.advance(style.leading());
        }
    }

    /**
     * What must follow a heading on its page: any headings right after it (a chapter heading
     * and its first section heading go together) and the start of the first block of content.
     */
    private static float startHeight(List<Block> following, PageFlow flow) {
        float height = 0;
        for (Block next : following) {
            if (next instanceof PageBreak) {
                break; // what follows a break is on the next page anyway
            }
            if (next instanceof Heading heading) {
                TextStyle style = heading.level() == 1 ? Styles.HEADING_1 : Styles.HEADING_2;
                height += style.leading() * 1.6f;
                continue;
            }
            if (next instanceof Table table) {
                height += TableRenderer.startHeight(table, flow);
            } else if (next instanceof LineChart chart) {
                height += LineChartRenderer.height(chart, flow.typesetter(), flow.width());
            } else {
                height += LINES_KEPT_WITH_HEADING * Styles.BODY.leading();
            }
            break;
        }
        return Math.min(height, MAX_KEPT_HEIGHT);
    }
}
