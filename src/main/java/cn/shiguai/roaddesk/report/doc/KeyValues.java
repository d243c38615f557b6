package cn.shiguai.roaddesk.report.doc;

import java.util.List;

/**
 * Label and value lines set in two columns ("响应级别：二级（重大）"). The renderer adds the colon
 * after the label, so labels are given without it.
 */
public record KeyValues(List<Entry> entries) implements Block {
    public KeyValues {
        entries = Check.nonEmptyList(entries, "entries");
    }

    public static KeyValues of(Entry... entries) {
        return new KeyValues(List.of(entries));
    }

    public static Entry entry(String label, String value) {
        return new Entry(label, value);
    }

    public record Entry(String label, String value) {
        public Entry {
            Check.text(label, "label");
            Check.present(value, "value");
        }
    }
}
