package cn.shiguai.roaddesk.report.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The look of the office's documents in one place: an A4 page with the margins of GB/T 9704
 * (党政机关公文格式), a red letterhead, body text in 12 pt with 1.5 line spacing.
 */
final class Styles {
    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_TOP = 37 * MM;
    static final float MARGIN_BOTTOM = 35 * MM;
    static final float MARGIN_LEFT = 28 * MM;
    static final float MARGIN_RIGHT = 26 * MM;

    /** The red of Chinese letterheads (红头), also printed as a red rule below them. */
    static final Color LETTERHEAD_RED = new Color(0xD7, 0x00, 0x0F);
    static final Color TEXT = Color.BLACK;
    static final Color SECONDARY = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0x33, 0x33, 0x33);
    static final Color GRID = new Color(0x80, 0x80, 0x80);
    static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

    static final TextStyle ISSUER = new TextStyle(26, 32, LETTERHEAD_RED, true);
    static final TextStyle NUMBER_LINE = new TextStyle(12, 18, TEXT, false);
    static final TextStyle TITLE = new TextStyle(20, 30, TEXT, true);
    static final TextStyle HEADING_1 = new TextStyle(15, 24, TEXT, true);
    static final TextStyle HEADING_2 = new TextStyle(13, 21, TEXT, true);
    static final TextStyle BODY = new TextStyle(12, 18, TEXT, false);
    static final TextStyle TABLE = new TextStyle(9.5f, 12.5f, TEXT, false);
    static final TextStyle TABLE_HEADER = TABLE.emboldened();
    static final TextStyle CHART_TITLE = new TextStyle(10.5f, 15, TEXT, true);
    static final TextStyle CHART_LABEL = new TextStyle(8, 10, SECONDARY, false);
    static final TextStyle FOOTER = new TextStyle(10, 13, TEXT, false);
    static final TextStyle FOOTER_NOTE = new TextStyle(8, 10, SECONDARY, false);

    /** Space between blocks of the body. */
    static final float BLOCK_GAP = 6;

    private Styles() {
    }

    static float textWidth() {
        return PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }
}
