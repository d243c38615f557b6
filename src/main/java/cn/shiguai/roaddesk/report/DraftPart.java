package cn.shiguai.roaddesk.report;

import java.util.Objects;

/**
 * One free-text part of a document that the office may edit before issue.
 *
 * @param key      the part's name within its document, e.g. "summary" or "advice.TRANSPORT"
 * @param labelKey bundle key of the label the window shows above the text field
 * @param subject  what the label is about when a part repeats (the department of an advice),
 *                 passed to the label as its argument; empty otherwise
 * @param text     the text as it will print; a blank part is left out of the document
 */
public record DraftPart(String key, String labelKey, String subject, String text) {
    public DraftPart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    public static DraftPart of(String key, String text) {
        return new DraftPart(key, "report.part." + key, "", text);
    }

    public DraftPart withText(String edited) {
        return new DraftPart(key, labelKey, subject, edited);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
