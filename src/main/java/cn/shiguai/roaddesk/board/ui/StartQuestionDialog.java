package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.board.StartAnswers;
import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * "考虑酌情启动响应（§六(三)）？": the two answers and the reason, which is required for either.
 * It writes nothing; the board's model records what it returns.
 */
final class StartQuestionDialog {

    /** What the officer chose and why. */
    record Choice(StartAnswers.Answer answer, String reason) { }

    private StartQuestionDialog() {
    }

    static Optional<Choice> ask(WarningInForce signal, Messages messages, Node owner) {
        ToggleGroup answers = new ToggleGroup();
        RadioButton start = new RadioButton(messages.get("start.dialog.start"));
        start.setId("startAnswer-START");
        start.setUserData(StartAnswers.Answer.START);
        start.setToggleGroup(answers);
        RadioButton notNow = new RadioButton(messages.get("start.dialog.notNow"));
        notNow.setId("startAnswer-NOT_NOW");
        notNow.setUserData(StartAnswers.Answer.NOT_NOW);
        notNow.setToggleGroup(answers);
        TextField reason = new TextField();
        reason.setId("startReason");
        reason.setPrefColumnCount(32);
        StringBinding problem = Bindings.createStringBinding(() -> answers.getSelectedToggle() == null
                        ? messages.get("start.dialog.question")
                        : reason.getText().isBlank() ? messages.get("start.dialog.reason") : "",
                answers.selectedToggleProperty(), reason.textProperty());
        Label problems = new Label();
        problems.getStyleClass().add("form-problems");
        Controls.errorLine(problems, problem);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(messages.get("start.dialog.title"));
        dialog.setHeaderText(messages.get("start.dialog.question") + "\n"
                + messages.format("start.dialog.signal", signal.issuer(), signal.signalName()));
        dialog.getDialogPane().setContent(new VBox(8, start, notNow, new Label(messages.get("start.dialog.reason")),
                reason, problems));
        dialog.getDialogPane().getStylesheets().add(
                StartQuestionDialog.class.getResource("/css/roaddesk.css").toExternalForm());
        ButtonType save = new ButtonType(messages.get("start.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(b -> b == save ? new Choice((StartAnswers.Answer) answers.getSelectedToggle()
                .getUserData(), reason.getText().strip()) : null);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnShown(e -> start.requestFocus());
        return dialog.showAndWait();
    }
}
