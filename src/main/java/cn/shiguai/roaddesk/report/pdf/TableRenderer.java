package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Table;
import java.io.IOException;
import java.util.List;

/**
 * Tables that may run over many pages: the header row is printed again at the top of every
 * page the table crosses, and a row is never cut between pages, except a row taller than a
 * whole page, which is continued line by line because it could not be printed otherwise.
 */
final class TableRenderer {
    private TableRenderer() {
    }

    static void render(Table table, PageFlow flow) throws IOException {
        Typesetter type = flow.typesetter();
        float[] widths = columnWidths(table.relativeWidths(), flow.width());
        float[] edges = columnEdges(flow.left(), widths);
        TableRow header = TableRow.layout(table.headers(), RowLook.HEADER, widths, type);
        float headerHeight = header.height();

        flow.gap(Styles.BLOCK_GAP);
        flow.ensure(startHeight(table, flow) - Styles.BLOCK_GAP);
        TableGrid grid = startPage(header, edges, flow);
        for (Table.Row row : table.rows()) {
            TableRow rest = TableRow.layout(row.cells(), RowLook.of(row.emphasis()), widths, type);
            while (rest != null) {
                if (rest.height() <= flow.available()) {
                    print(rest, edges, grid, flow);
                    rest = null;
                    continue;
                }
                boolean tallerThanPage = rest.height() > PageFlow.pageBodyHeight() - headerHeight;
                int fitting = rest.linesFitting(flow.available());
                if (tallerThanPage && fitting >= 1) {
                    print(rest.firstLines(fitting), edges, grid, flow);
                    rest = rest.withoutFirstLines(fitting);
                }
                grid.stroke(flow.canvas());
                flow.newPage();
                grid = startPage(header, edges, flow);
            }
        }
        grid.stroke(flow.canvas());
        flow.gap(Styles.BLOCK_GAP);
    }

    /**
     * The header and a first line of the first row: a header must not stand alone at the
     * foot of a page, nor a heading above it.
     */
    static float startHeight(Table table, PageFlow flow) {
        float[] widths = columnWidths(table.relativeWidths(), flow.width());
        Typesetter type = flow.typesetter();
        float header = TableRow.layout(table.headers(), RowLook.HEADER, widths, type).height();
        float firstRow = table.rows().isEmpty() ? 0 : TableRow.layout(table.rows().get(0).cells(),
                RowLook.of(table.rows().get(0).emphasis()), widths, type).heightOf(1);
        return Styles.BLOCK_GAP + header + firstRow;
    }

    private static TableGrid startPage(TableRow header, float[] edges, PageFlow flow) throws IOException {
        TableGrid grid = new TableGrid(edges, flow.y());
        print(header, edges, grid, flow);
        return grid;
    }

    private static void print(TableRow row, float[] edges, TableGrid grid, PageFlow flow) throws IOException {
        PdfCanvas canvas = flow.canvas();
        float top = flow.y();
        float height = row.height();
        if (row.look().fill() != null) {
            canvas.fillRect(edges[0], top - height, edges[edges.length - 1] - edges[0], height, row.look().fill());
        }
        TextStyle style = row.look().style();
        boolean centred = row.look() == RowLook.HEADER;
        for (int column = 0; column < row.cells().size(); column++) {
            List<LineBreaker.Line> lines = row.cells().get(column);
            float cellWidth = edges[column + 1] - edges[column];
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line line = lines.get(i);
                float x = centred ? edges[column] + (cellWidth - line.width()) / 2 : edges[column] + TableRow.PADDING_X;
                float baseline = top - TableRow.PADDING_Y - i * style.leading() - style.baselineOffset();
                canvas.text(line.text(), x, baseline, style);
            }
        }
        grid.rowEndsAt(top - height);
        flow.advance(height);
    }

    static float[] columnWidths(float[] relative, float total) {
        float sum = 0;
        for (float width : relative) {
            sum += width;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = total * relative[i] / sum;
        }
        return widths;
    }

    private static float[] columnEdges(float left, float[] widths) {
        float[] edges = new float[widths.length + 1];
        edges[0] = left;
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        return edges;
    }
}
