package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;

/** A verify of the chain stopped on request before its end: it says nothing of the entries not checked. */
public final class VerifyCancelledException extends RuntimeException implements Localized {
    private final long checked;

    public VerifyCancelledException(long checked) {
        super("verify cancelled after " + checked + " entries");
        this.checked = checked;
    }

    public long checked() {
        return checked;
    }

    @Override
    public String message(Messages messages) {
        return messages.format("logscreen.verifyCancelled", String.valueOf(checked));
    }
}
