package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before issuing: the kind and the number it will get; Enter issues, Esc cancels. */
final class IssueConfirmation {
    private IssueConfirmation() {
    }

    static boolean ask(String question, Messages messages, Window owner) {
        ButtonType issue = new ButtonType(messages.get("documents.issue.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("documents.issue.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("documents.issue.detail"), issue, cancel);
        alert.setTitle(messages.get("documents.issue.title"));
        alert.setHeaderText(question);
        alert.getDialogPane().setId("issueConfirmation");
        alert.getDialogPane().setPrefWidth(560);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(issue::equals).isPresent();
    }
}
