package cn.shiguai.roaddesk.report.pdf;

import cn.shiguai.roaddesk.report.doc.Emphasis;
import java.awt.Color;

/**
 * How a table row of a given {@link Emphasis} looks: a light tint behind it and its text
 * style. The tints differ in lightness too, and an alert is bold as well, so rows stay
 * distinguishable on a black-and-white printer.
 */
record RowLook(Color fill, TextStyle style) {
    private static final Color POSITIVE_FILL = new Color(0xE2, 0xF0, 0xDC);
    private static final Color NOTICE_FILL = new Color(0xFF, 0xF2, 0xCC);
    private static final Color ALERT_FILL = new Color(0xF8, 0xD7, 0xD7);
    private static final Color ALERT_TEXT = new Color(0x9C, 0x00, 0x06);

    static final RowLook HEADER = new RowLook(Styles.HEADER_FILL, Styles.TABLE_HEADER);

    static RowLook of(Emphasis emphasis) {
        TextStyle base = Styles.TABLE;
        return switch (emphasis) {
            case NONE -> new RowLook(null, base);
            case STRONG -> new RowLook(null, base.emboldened());
            case MUTED -> new RowLook(null, base.withColour(Styles.SECONDARY));
            case POSITIVE -> new RowLook(POSITIVE_FILL, base);
            case NOTICE -> new RowLook(NOTICE_FILL, base);
            case ALERT -> new RowLook(ALERT_FILL, base.emboldened().withColour(ALERT_TEXT));
        };
    }
}
