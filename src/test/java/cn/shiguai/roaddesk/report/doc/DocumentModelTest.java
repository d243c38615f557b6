package cn.shiguai.roaddesk.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentModelTest {

    @Test
    void tableRowMustHaveOneCellPerHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.of(List.of("时间", "内容"), List.of(Table.row("08:00", "巡查", "多余"))));
        assertTrue(e.getMessage().contains("row 0 has 3 cells for 2 columns"), e.getMessage());
    }

    @Test
    void tableNeedsOneRelativeWidthPerColumn() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table(List.of("a", "b"), List.of(), new float[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> new Table(List.of("a", "b"), List.of(), new float[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new Table(List.of("a", "b"), List.of(), new float[] {1, Float.NaN}));
    }

    @Test
    void tableIsImmutableThoughGivenMutableInputs() {
        float[] widths = {1, 2};
        List<Table.Row> rows = new ArrayList<>(List.of(Table.row("x", "y")));
        Table table = new Table(List.of("a", "b"), rows, widths);
        widths[0] = 99;
        rows.clear();
        table.relativeWidths()[1] = 99;
        assertEquals(1, table.relativeWidths()[0]);
        assertEquals(2, table.relativeWidths()[1]);
        assertEquals(1, table.rows().size());
        assertThrows(UnsupportedOperationException.class, () -> table.rows().add(Table.row("p", "q")));
    }

    @Test
    void tablesWithEqualContentAreEqual() {
        Table one = new Table(List.of("a"), List.of(Table.row("x")), new float[] {2});
        Table two = new Table(List.of("a"), List.of(Table.row("x")), new float[] {2});
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
    }

    @Test
    void tableFromPlainRowsChecksTheirWidthToo() {
        Table table = Table.ofCells(List.of("a", "b"), List.of(List.of("1", "2")), null);
        assertEquals(Emphasis.NONE, table.rows().get(0).emphasis());
        assertThrows(IllegalArgumentException.class,
                () -> Table.ofCells(List.of("a", "b"), List.of(List.of("1")), null));
    }

    @Test
    void tableWithoutWidthsHasEqualColumns() {
        float[] widths = Table.of(List.of("a", "b", "c"), List.of()).relativeWidths();
        assertEquals(3, widths.length);
        assertEquals(widths[0], widths[2]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, -1})
    void headingLevelIsOneOrTwo(int level) {
        assertThrows(IllegalArgumentException.class, () -> new Heading("一、总体情况", level));
    }

    @Test
    void blankTextsAreRejectedWhereTheyWouldPrintNothing() {
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("  "));
        assertThrows(IllegalArgumentException.class, () -> KeyValues.entry(" ", "二级"));
        assertThrows(IllegalArgumentException.class, () -> new KeyValues(List.of()));
        assertThrows(IllegalArgumentException.class, () -> document("标题", "  "));
        assertThrows(IllegalArgumentException.class, () -> document(" ", null));
        assertThrows(NullPointerException.class, () -> new ReportDocument(null, "t", "", "", List.of(), "", null));
    }

    @Test
    void documentBodyIsCopied() {
        List<Block> body = new ArrayList<>(List.of(new Paragraph("正文")));
        ReportDocument document = new ReportDocument("", "标题", "", "", body, "", null);
        body.add(new Paragraph("后加"));
        assertEquals(1, document.body().size());
        assertEquals("草稿", document.withWatermark("草稿").watermark());
    }

    @Test
    void chartRangeMustBeForwardAndTicksInside() {
        LineChart.Series series = new LineChart.Series("K12", List.of());
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("积雪深度", "厘米", List.of(series), List.of(), 100, 100, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("积雪深度", "厘米", List.of(series), List.of(), 0, 100,
                        List.of(new LineChart.Tick(101, "late"))));
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("积雪深度", "厘米", List.of(), List.of(), 0, 100, List.of()));
    }

    @Test
    void seriesPointsMustBeInTimeOrderAndFiniteOrGap() {
        assertThrows(IllegalArgumentException.class, () -> new LineChart.Series("K12",
                List.of(new LineChart.Point(20, 1), new LineChart.Point(10, 2))));
        assertThrows(IllegalArgumentException.class, () -> new LineChart.Point(0, Double.POSITIVE_INFINITY));
        assertTrue(LineChart.Point.gap(5).isGap());
        assertThrows(IllegalArgumentException.class, () -> new LineChart.ThresholdLine("二级", Double.NaN));
    }

    @Test
    void seriesBreaksWhereReadingsAreFartherApartThanAllowed() {
        LineChart.Series series = LineChart.Series.breakingGapsLongerThan("K12", List.of(
                new LineChart.Point(0, 1), new LineChart.Point(3600, 2),
                new LineChart.Point(5 * 3600, 3), new LineChart.Point(6 * 3600, 4)), 3600);
        List<LineChart.Point> points = series.points();
        assertEquals(5, points.size());
        assertTrue(points.get(2).isGap(), "a gap between the readings 4 h apart");
        assertEquals(3, points.get(3).value());
    }

    private static ReportDocument document(String title, String watermark) {
        return new ReportDocument("", title, "", "", List.of(), "", watermark);
    }

    @Test
    void pageBreaksAreAllAlike() {
        assertEquals(new PageBreak(), PageBreak.INSTANCE);
    }
}
