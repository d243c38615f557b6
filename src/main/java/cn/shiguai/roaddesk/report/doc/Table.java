package cn.shiguai.roaddesk.report.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table with a header row that the renderer repeats on every page the table crosses.
 * Column widths are relative (any positive numbers; they are scaled to the text width).
 */
public record Table(List<String> headers, List<Row> rows, float[] relativeWidths) implements Block {
    public Table {
        headers = Check.nonEmptyList(headers, "headers");
        rows = Check.list(rows, "rows");
        relativeWidths = relativeWidths == null ? equalWidths(headers.size()) : relativeWidths.clone();
        if (relativeWidths.length != headers.size()) {
            throw new IllegalArgumentException("relativeWidths has " + relativeWidths.length
                    + " entries for " + headers.size() + " columns");
        }
        for (float width : relativeWidths) {
            if (!(width > 0) || Float.isInfinite(width)) {
                throw new IllegalArgumentException("relative widths must be positive: " + Arrays.toString(relativeWidths));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            int cells = rows.get(i).cells().size();
            if (cells != headers.size()) {
                throw new IllegalArgumentException("row " + i + " has " + cells + " cells for " + headers.size() + " columns");
            }
        }
    }

    /** A table with equal column widths. */
    public static Table of(List<String> headers, List<Row> rows) {
        return new Table(headers, rows, null);
    }

    /** A table from plain rows of cells, none emphasised; {@code relativeWidths} may be null. */
    public static Table ofCells(List<String> headers, List<List<String>> rows, float[] relativeWidths) {
        return new Table(headers, rows.stream().map(cells -> new Row(cells, Emphasis.NONE)).toList(), relativeWidths);
    }

    public static Row row(String... cells) {
        return new Row(List.of(cells), Emphasis.NONE);
    }

    public static Row row(Emphasis emphasis, String... cells) {
        return new Row(List.of(cells), emphasis);
    }

    /** A copy: arrays are mutable and this record is not. */
    @Override
    public float[] relativeWidths() {
        return relativeWidths.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table that && headers.equals(that.headers) && rows.equals(that.rows)
                && Arrays.equals(relativeWidths, that.relativeWidths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, rows, Arrays.hashCode(relativeWidths));
    }

    @Override
    public String toString() {
        return "Table[headers=" + headers + ", rows=" + rows.size() + ", relativeWidths=" + Arrays.toString(relativeWidths) + "]";
    }

    private static float[] equalWidths(int columns) {
        float[] widths = new float[columns];
        Arrays.fill(widths, 1f);
        return widths;
    }

    /** One body row; cells may contain line feeds, and the renderer wraps long cell text. */
    public record Row(List<String> cells, Emphasis emphasis) {
        public Row {
            cells = Check.list(cells, "cells");
            Objects.requireNonNull(emphasis, "emphasis");
        }
    }
}
