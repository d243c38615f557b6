package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;

/**
 * A failure in words for the person at the desk, in the screen's language: what a store or a
 * service refused or failed at (locked, disk full, a decision §六 does not allow), else the
 * exception's message, never a stack trace.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable t, Messages messages) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof Localized localized) {
                return localized.message(messages);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (t.getMessage() != null && messages.has(t.getMessage())) {
            return messages.get(t.getMessage());
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
