package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.LineChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The legend under a chart: a sample of each series' line and marker, then its name, in rows. */
final class ChartLegend {
    private static final float SAMPLE = 18;
    private static final float ITEM_GAP = 14;
    private static final float ROW_HEIGHT = 13;
    private static final float TOP_GAP = 4;

    private final List<List<Integer>> rows;
    private final List<String> names;
    private final List<Float> widths;

    private ChartLegend(List<List<Integer>> rows, List<String> names, List<Float> widths) {
        this.rows = rows;
        this.names = names;
        this.widths = widths;
    }

    static ChartLegend layout(LineChart chart, Typesetter type, float maxWidth) {
        List<String> names = chart.series().stream().map(LineChart.Series::name).toList();
        List<Float> widths = new ArrayList<>();
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < names.size(); i++) {
            float width = SAMPLE + 4 + type.width(names.get(i), Styles.CHART_LABEL) + ITEM_GAP;
            widths.add(width);
            if (!row.isEmpty() && used + width > maxWidth) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(i);
            used += width;
        }
        rows.add(row);
        return new ChartLegend(rows, names, widths);
    }

    float height() {
        return TOP_GAP + rows.size() * ROW_HEIGHT;
    }

    void draw(PdfCanvas canvas, float left, float top) throws IOException {
        TextStyle style = Styles.CHART_LABEL.withColour(Styles.TEXT);
        float y = top - TOP_GAP;
        for (List<Integer> row : rows) {
            float x = left;
            float middle = y - ROW_HEIGHT / 2;
            for (int series : row) {
                canvas.line(x, middle, x + SAMPLE, middle, 1.3f, ChartMarks.colour(series));
                ChartMarks.marker(canvas.stream(), series, x + SAMPLE / 2, middle);
                canvas.text(names.get(series), x + SAMPLE + 4, middle - style.size() * 0.35f, style);
                x += widths.get(series);
            }
            y -= ROW_HEIGHT;
        }
    }
}
