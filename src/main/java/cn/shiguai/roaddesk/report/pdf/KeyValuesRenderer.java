package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.KeyValues;
import java.io.IOException;
import java.util.List;

/**
 * Label and value lines: the labels (with a full-width colon) in a column as wide as the
 * widest label, at most 40 % of the line, so that values start at one edge and wrap under
 * themselves, not under the label.
 */
final class KeyValuesRenderer {
    private static final String COLON = "：";
    private static final float MAX_LABEL_SHARE = 0.4f;
    private static final int LINES_KEPT_TOGETHER = 8;

    private KeyValuesRenderer() {
    }

    static void render(KeyValues block, PageFlow flow) throws IOException {
        Typesetter type = flow.typesetter();
        TextStyle labelStyle = Styles.BODY.emboldened();
        TextStyle valueStyle = Styles.BODY;
        float left = flow.left() + TextBlockRenderer.INDENT;
        float width = flow.width() - TextBlockRenderer.INDENT;
        float labelWidth = 0;
        for (KeyValues.Entry entry : block.entries()) {
            labelWidth = Math.max(labelWidth, type.width(entry.label() + COLON, labelStyle) + 1);
        }
        labelWidth = Math.min(labelWidth, width * MAX_LABEL_SHARE);
        flow.gap(Styles.BLOCK_GAP / 2);
        int totalLines = 0;
        for (KeyValues.Entry entry : block.entries()) {
            totalLines += Math.max(type.lines(entry.label() + COLON, labelStyle, labelWidth).size(),
                    type.lines(entry.value(), valueStyle, width - labelWidth).size());
        }
        // A short list (a signature block, the response summary) is read as one piece.
        flow.ensure(Math.min(totalLines, LINES_KEPT_TOGETHER) * valueStyle.leading());
        for (KeyValues.Entry entry : block.entries()) {
            List<LineBreaker.Line> labels = type.lines(entry.label() + COLON, labelStyle, labelWidth);
            List<LineBreaker.Line> values = type.lines(entry.value(), valueStyle, width - labelWidth);
            int count = Math.max(labels.size(), values.size());
            for (int i = 0; i < count; i++) {
                flow.ensure(valueStyle.leading());
                float baseline = flow.y() - valueStyle.baselineOffset();
                if (i < labels.size()) {
                    flow.canvas().text(labels.get(i).text(), left, baseline, labelStyle);
                }
                if (i < values.size()) {
                    flow.canvas().text(values.get(i).text(), left + labelWidth, baseline, valueStyle);
                }
                flow.advance(valueStyle.leading());
            }
        }
    }
}
