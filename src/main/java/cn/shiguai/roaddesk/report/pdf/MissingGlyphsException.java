package cn.shiguai.roaddesk.report.pdf;

import java.util.List;

/**
 * The chosen font cannot print some characters of the document. Rendering stops rather than
 * printing empty boxes, because a box in place of a number or a place name in an official
 * document misinforms its reader.
 */
public final class MissingGlyphsException extends ReportRenderingException {
    private final List<Integer> missingCodePoints;
    private final String font;

    MissingGlyphsException(String message, List<Integer> missingCodePoints, String font) {
        super(message);
        this.missingCodePoints = List.copyOf(missingCodePoints);
        this.font = font;
    }

    /** The missing characters as code points, in the order they first occur in the document. */
    public List<Integer> missingCodePoints() {
        return missingCodePoints;
    }

    /** The font that lacks them, as {@link CjkFont#description()}. */
    public String font() {
        return font;
    }
}
