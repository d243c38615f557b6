package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;

/**
 * One reason a file is refused: where (line, column), what was there, and why — in the words
 * of whoever reads the report, the officer at the screen or the duty log.
 *
 * @param line   the line of the file, 1 for the header; 0 when the problem is the file as a whole
 * @param column the header name of the column, or empty when the problem is the row or the file
 */
public record BadRow(long line, String column, String value, Localized why) {
    private static final int MAX_SHOWN = 60;

    static BadRow of(long line, String column, String value, String key, Object... args) {
        return new BadRow(line, column, value, m -> m.format(key, java.util.Arrays.stream(args)
                .map(a -> a instanceof Localized l ? l.message(m) : a).toArray()));
    }

    /** "第 3 行 snow_depth_cm 列，值“abc”：应为数字，范围 0–300 厘米". */
    public String sentence(Messages messages) {
        String why = this.why.message(messages);
        if (line == 0) {
            return why;
        }
        String value = Printable.escape(shortened(this.value == null ? "" : this.value));
        if (column.isEmpty()) {
            return messages.format("import.bad.row", String.valueOf(line), why);
        }
        return messages.format("import.bad.cell", String.valueOf(line), column, value, why);
    }

    /** A long cell is named by its start: the line and column say where the rest is. */
    private static String shortened(String value) {
        return value.codePointCount(0, value.length()) <= MAX_SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN)) + "…";
    }
}
