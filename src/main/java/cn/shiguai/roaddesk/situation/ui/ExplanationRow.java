package cn.shiguai.roaddesk.situation.ui;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.Truth;
import java.util.List;

/**
 * One line of the explanation table: a level (with its clauses as children) or a clause.
 *
 * @param quote the plan's words the line comes from, verbatim
 */
public record ExplanationRow(ResponseLevel level, String label, String threshold, String observed, String where,
                             Truth truth, String truthText, String quote, List<ExplanationRow> children) {

    public ExplanationRow {
        children = List.copyOf(children);
    }

    public boolean isLevel() {
        return !children.isEmpty();
    }
}
