package cn.shiguai.roaddesk.report.doc;

/**
 * Starts the next block on a new page, e.g. one page per position in the leaders' review
 * checklist, so each member unit's sheet can be handed out on its own. A break at the top of
 * a page does nothing: it never makes an empty page.
 */
public record PageBreak() implements Block {
    /** The one instance needed; the record has no state. */
    public static final PageBreak INSTANCE = new PageBreak();
}
