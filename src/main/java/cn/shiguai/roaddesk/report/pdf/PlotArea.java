package cn.shiguai.roaddesk.report.pdf;

/** The rectangle of a chart where data is drawn, and the mapping of time and value onto it. */
record PlotArea(float left, float bottom, float width, float height, long from, long to, ValueAxis axis) {
    float right() {
        return left + width;
    }

    float top() {
        return bottom + height;
    }

    float x(long epochSecond) {
        return left + (float) ((double) (epochSecond - from) / (to - from) * width);
    }

    float y(double value) {
        return bottom + (float) (axis.fraction(value) * height);
    }
}
