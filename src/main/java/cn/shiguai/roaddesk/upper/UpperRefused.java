package cn.shiguai.roaddesk.upper;

import cn.shiguai.roaddesk.common.i18n.LocalizedException;

/** An announcement that cannot be recorded as given, with the sentence that says why. */
public final class UpperRefused extends LocalizedException {
    public UpperRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
