package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.FreeText;

/** A log entry's text or author that {@link FreeText} refuses; the sentence says which character and where. */
public final class TextRefusedException extends IllegalArgumentException {
    private final transient FreeText.Problem problem;

    TextRefusedException(String field, FreeText.Problem problem) {
        super(field + ": " + problem);
        this.problem = problem;
    }

    public FreeText.Problem problem() {
        return problem;
    }

    public String message(Messages messages) {
        return problem.message(messages);
    }
}
