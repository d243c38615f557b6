package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;

/** A scenario file that cannot be evaluated: which field, and what is wrong with it. */
public final class ScenarioException extends Exception {
    private final String field;
    private final String problemKey;
    private final transient Object[] args;

    public ScenarioException(String field, String problemKey, Object... args) {
        super(field + ": " + problemKey);
        this.field = field;
        this.problemKey = problemKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String problemKey() {
        return problemKey;
    }

    /** "a.json：字段 observations[0].snowDepthCm 不能为负数（-3），应在 0–300 厘米之间". */
    public String sentence(Messages messages, String file) {
        return messages.format("scenario.error", file, field, messages.format(problemKey, args));
    }
}
