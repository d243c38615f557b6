package cn.shiguai.roaddesk.report.doc;

/**
 * Running text. A line feed starts a new paragraph line (each indented by two characters, as
 * Chinese official documents are); the renderer wraps everything else.
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Check.text(text, "text");
    }
}
