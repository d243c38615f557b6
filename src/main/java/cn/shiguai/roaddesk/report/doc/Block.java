package cn.shiguai.roaddesk.report.doc;

/**
 * One piece of a document's body. The set is closed so that a renderer can handle every kind
 * exhaustively and a new kind is a compile error everywhere it is not yet drawn.
 */
public sealed interface Block permits Heading, Paragraph, KeyValues, Table, LineChart, PageBreak {
}
