package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.stream.Collectors;

/** A decision that §六 does not allow as entered; nothing was recorded. */
public final class DecisionRefusedException extends RuntimeException {
    private final transient Verdict.Refused verdict;

    public DecisionRefusedException(Verdict.Refused verdict) {
        super(verdict.refusals().stream().map(r -> r.message(Messages.chinese())).collect(Collectors.joining("；")));
        this.verdict = verdict;
    }

    public Verdict.Refused verdict() {
        return verdict;
    }
}
