package cn.shiguai.roaddesk.report.pdf;

/** What the glyph coverage check needs to know of a font; tests give it fakes. */
interface GlyphSource {
    boolean hasGlyph(int codePoint);

    /** Names the font for messages, e.g. "WenQuanYi Zen Hei (/usr/share/fonts/…/wqy-zenhei.ttc)". */
    String description();
}
