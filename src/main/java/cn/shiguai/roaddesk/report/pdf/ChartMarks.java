package cn.shiguai.roaddesk.report.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Colours and point markers of chart series. Each series differs in marker shape as well as
 * colour, so the lines can be told apart on a black-and-white printout.
 */
final class ChartMarks {
    /** Distinct colours, without red, which is kept for threshold lines. */
    private static final Color[] PALETTE = {
            new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E), new Color(0x2C, 0xA0, 0x2C),
            new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B), new Color(0x17, 0xBE, 0xCF),
            new Color(0x7F, 0x7F, 0x7F), new Color(0xBC, 0xBD, 0x22)};
    private static final float RADIUS = 1.9f;
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private ChartMarks() {
    }

    static Color colour(int series) {
        return PALETTE[series % PALETTE.length];
    }

    /** Fills the marker of series number {@code series} centred at (x, y). */
    static void marker(PDPageContentStream out, int series, float x, float y) throws IOException {
        float r = RADIUS;
        out.setNonStrokingColor(colour(series));
        switch (series % 4) {
            case 0 -> circle(out, x, y, r);
            case 1 -> out.addRect(x - r, y - r, 2 * r, 2 * r);
            case 2 -> polygon(out, new float[] {x, y + r * 1.2f, x + r * 1.1f, y - r * 0.8f, x - r * 1.1f, y - r * 0.8f});
            default -> polygon(out, new float[] {x, y + r * 1.3f, x + r * 1.3f, y, x, y - r * 1.3f, x - r * 1.3f, y});
        }
        out.fill();
    }

    private static void circle(PDPageContentStream out, float x, float y, float r) throws IOException {
        float k = r * KAPPA;
        out.moveTo(x + r, y);
        out.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        out.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        out.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        out.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        out.closePath();
    }

    private static void polygon(PDPageContentStream out, float[] xy) throws IOException {
        out.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            out.lineTo(xy[i], xy[i + 1]);
        }
        out.closePath();
    }
}
