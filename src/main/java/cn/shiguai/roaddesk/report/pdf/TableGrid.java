package cn.shiguai.roaddesk.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the part of a table on one page, stroked after the rows so that row tints
 * never cover them: a line under the top and under every row, and the column lines.
 */
final class TableGrid {
    private static final float LINE_WIDTH = 0.5f;
    private static final float OUTER_LINE_WIDTH = 0.9f;

    private final float[] columnEdges;
    private final float top;
    private final List<Float> rowBottoms = new ArrayList<>();

    TableGrid(float[] columnEdges, float top) {
        this.columnEdges = columnEdges;
        this.top = top;
    }

    void rowEndsAt(float bottom) {
        rowBottoms.add(bottom);
    }

    void stroke(PdfCanvas canvas) throws IOException {
        if (rowBottoms.isEmpty()) {
            return;
        }
        float left = columnEdges[0];
        float right = columnEdges[columnEdges.length - 1];
        float bottom = rowBottoms.get(rowBottoms.size() - 1);
        for (int i = 0; i < rowBottoms.size() - 1; i++) {
            canvas.line(left, rowBottoms.get(i), right, rowBottoms.get(i), LINE_WIDTH, Styles.GRID);
        }
        for (int i = 1; i < columnEdges.length - 1; i++) {
            canvas.line(columnEdges[i], top, columnEdges[i], bottom, LINE_WIDTH, Styles.GRID);
        }
        canvas.stream().setLineWidth(OUTER_LINE_WIDTH);
        canvas.stream().setStrokingColor(Styles.RULE);
        canvas.stream().addRect(left, bottom, right - left, top - bottom);
        canvas.stream().stroke();
    }
}
