package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.fx.Confirm;
import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.stage.Window;

/** The question before issuing: the kind and the number it will get; Enter issues, Esc cancels. */
final class IssueConfirmation {
    private IssueConfirmation() {
    }

    static boolean ask(String question, Messages messages, Window owner) {
        return Confirm.ask(new Confirm.Question("issueConfirmation", messages.get("documents.issue.title"), question,
                messages.get("documents.issue.detail"), messages.get("documents.issue.confirm"),
                messages.get("documents.issue.cancel")), owner);
    }
}
