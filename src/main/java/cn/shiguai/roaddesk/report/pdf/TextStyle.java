package cn.shiguai.roaddesk.report.pdf;

import java.awt.Color;

/**
 * Size, line height and colour of a kind of text. {@code bold} is simulated by stroking the
 * glyph outlines as well as filling them, because documents use a single embedded font.
 */
record TextStyle(float size, float leading, Color colour, boolean bold) {
    TextStyle withColour(Color other) {
        return new TextStyle(size, leading, other, bold);
    }

    TextStyle emboldened() {
        return new TextStyle(size, leading, colour, true);
    }

    /** Baseline below the top of a line box: the glyphs sit centred in the extra leading. */
    float baselineOffset() {
        return (leading - size) / 2 + size * 0.86f;
    }
}
