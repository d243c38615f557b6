package cn.shiguai.roaddesk.handover;

import cn.shiguai.roaddesk.common.i18n.LocalizedException;

/** A handover that cannot be made as asked: no summary, or items not all acknowledged. */
public final class HandoverException extends LocalizedException {
    HandoverException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
