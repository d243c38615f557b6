package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.util.stream.Collectors;

/** A decision that §六 does not allow as entered; nothing was recorded. Worded in the reader's language. */
public final class DecisionRefusedException extends RuntimeException implements Localized {
    private final transient Verdict.Refused verdict;

    public DecisionRefusedException(Verdict.Refused verdict) {
        super(sentence(verdict, RecordLanguage.messages()));
        this.verdict = verdict;
    }

    public Verdict.Refused verdict() {
        return verdict;
    }

    @Override
    public String message(Messages messages) {
        return sentence(verdict, messages);
    }

    private static String sentence(Verdict.Refused verdict, Messages messages) {
        return verdict.refusals().stream().map(r -> r.message(messages)).collect(Collectors.joining(messages.get("list.separator")));
    }
}
