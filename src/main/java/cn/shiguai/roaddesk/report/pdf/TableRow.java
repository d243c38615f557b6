package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** A table row broken into lines per cell, ready to print; a row is as tall as its tallest cell. */
record TableRow(List<List<LineBreaker.Line>> cells, RowLook look) {
    static final float PADDING_X = 3.5f;
    static final float PADDING_Y = 3;

    static TableRow layout(List<String> texts, RowLook look, float[] columnWidths, Typesetter type) {
        List<List<LineBreaker.Line>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(type.lines(texts.get(i), look.style(), columnWidths[i] - 2 * PADDING_X));
        }
        return new TableRow(cells, look);
    }

    int lineCount() {
        int lines = 1;
        for (List<LineBreaker.Line> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines;
    }

    float height() {
        return heightOf(lineCount());
    }

    float heightOf(int lines) {
        return lines * look.style().leading() + 2 * PADDING_Y;
    }

    /** How many lines fit in {@code height}, for the rare row taller than a whole page. */
    int linesFitting(float height) {
        return (int) Math.floor((height - 2 * PADDING_Y) / look.style().leading());
    }

    TableRow firstLines(int count) {
        return new TableRow(cells.stream().map(cell -> cell.subList(0, Math.min(count, cell.size()))).toList(), look);
    }

    TableRow withoutFirstLines(int count) {
        return new TableRow(cells.stream().map(cell -> cell.subList(Math.min(count, cell.size()), cell.size())).toList(), look);
    }
}
