package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.i18n.Messages;

/**
 * A failure in words for the person at the desk: the store's own message (locked, disk full,
 * read-only — in the screen's language), else the exception's message, never a stack trace.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable t, Messages messages) {
        Throwable cause = t;
        while (cause != null) {
            if (cause instanceof DataAccessException d) {
                return d.message(messages);
            }
            cause = cause.getCause();
        }
        if (t.getMessage() != null && messages.has(t.getMessage())) {
            return messages.get(t.getMessage());
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
