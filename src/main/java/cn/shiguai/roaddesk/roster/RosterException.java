package cn.shiguai.roaddesk.roster;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.util.List;

/** A roster that would contradict itself: overlapping holders, a change dated before the current term began. */
public final class RosterException extends RuntimeException implements Localized {
    private final String problemKey;
    private final transient Object[] args;

    public RosterException(String problemKey, Object... args) {
        super(RecordLanguage.messages().format(problemKey, args));
        this.problemKey = problemKey;
        this.args = args.clone();
    }

    public String problemKey() {
        return problemKey;
    }

    public List<Object> args() {
        return List.of(args);
    }

    @Override
    public String message(Messages messages) {
        return messages.format(problemKey, args);
    }
}
