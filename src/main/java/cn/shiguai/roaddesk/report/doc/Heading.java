package cn.shiguai.roaddesk.report.doc;

/**
 * A section heading. Level 1 is a chapter heading ("一、总体情况"), level 2 a sub-heading
 * ("（一）气象情况"); the numbering is part of the text because official documents number
 * sections by their own conventions.
 */
public record Heading(String text, int level) implements Block {
    public Heading {
        Check.text(text, "text");
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("heading level must be 1 or 2, was " + level);
        }
    }

    public static Heading chapter(String text) {
        return new Heading(text, 1);
    }

    public static Heading section(String text) {
        return new Heading(text, 2);
    }
}
