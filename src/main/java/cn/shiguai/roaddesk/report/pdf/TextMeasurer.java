package cn.shiguai.roaddesk.report.pdf;

/** Width of text set in the document font; the line breaker's only view of the font. */
interface TextMeasurer {
    float width(String text, float size);
}
