package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.pdf.ReportRenderingException;
import cn.shiguai.roaddesk.report.store.IssueRefusedException;

/** Why drafting, rendering or issuing failed, in words the duty officer can act on. */
final class FailureWords {
    private FailureWords() {
    }

    static String of(Throwable failure, Messages messages) {
        if (failure instanceof IssueRefusedException refused) {
            return messages.format(refused.messageKey(), refused.arguments());
        }
        if (failure instanceof ReportRenderingException rendering) {
            return rendering.getMessage(); // worded for the officer already, naming the font to install
        }
        return messages.format("documents.failed", Failures.describe(failure, messages));
    }
}
