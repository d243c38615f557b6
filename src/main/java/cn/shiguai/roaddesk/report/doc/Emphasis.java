package cn.shiguai.roaddesk.report.doc;

/**
 * How a table row stands out, named by meaning rather than by colour so that assembly code
 * says what a row is (a measure that cannot be done is {@link #ALERT}) and the renderer
 * decides how that looks on paper, including on a black-and-white printer.
 */
public enum Emphasis {
    /** An ordinary row. */
    NONE,
    /** A row the reader should not miss, without judging it good or bad. */
    STRONG,
    /** A row of lesser interest (e.g. not yet started, superseded). */
    MUTED,
    /** Something done or in order. */
    POSITIVE,
    /** Something under way or needing attention soon. */
    NOTICE,
    /** Something failed or blocked; it must catch the eye even in greyscale. */
    ALERT
}
