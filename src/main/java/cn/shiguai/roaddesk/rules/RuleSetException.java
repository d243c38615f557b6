package cn.shiguai.roaddesk.rules;

import cn.shiguai.roaddesk.common.i18n.Messages;

/**
 * A rule-set file that cannot be used. Names the file and the field so whoever edited it can
 * find the mistake; the app refuses to start on it rather than guess.
 */
public final class RuleSetException extends RuntimeException {
    private final String file;
    private final String field;
    private final String problemKey;
    private final transient Object[] args;

    public RuleSetException(String file, String field, String problemKey, Object... args) {
        super(Messages.chinese().format("ruleset.error", file, field,
                Messages.chinese().format(problemKey, args)));
        this.file = file;
        this.field = field;
        this.problemKey = problemKey;
        this.args = args.clone();
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String message(Messages messages) {
        return messages.format("ruleset.error", file, field, messages.format(problemKey, args));
    }
}
