package cn.shiguai.roaddesk.report.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable part of the draft as the screen shows it: its label ("总体情况", "对区交通运输局的建议")
 * and its text, which the text area edits.
 */
public final class PartField {
    private final String key;
    private final String label;
    private final StringProperty text;

    PartField(String key, String label, String text) {
        this.key = key;
        this.label = label;
        this.text = new SimpleStringProperty(text);
    }

    /** The part's name in the draft, e.g. "summary"; also the text area's id, "part-summary". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public StringProperty text() {
        return text;
    }
}
