package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.FreeText;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start of a desk asks who is on duty, instead of showing the placeholder 值班员 as
 * the officer: every record entered from then on carries the name. 稍后填写 leaves the
 * placeholder, and the next start asks again.
 */
final class FirstShiftDialog {
    static final int MAX = 20;

    private FirstShiftDialog() {
    }

    /** Why a typed name cannot be taken, in words; empty when it can. */
    static Optional<String> problem(String typed, Messages messages) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(messages.get("firstShift.blank"));
        }
        if (FreeText.length(name) > MAX) {
            return Optional.of(messages.get("firstShift.tooLong"));
        }
        return FreeText.check(name, MAX).map(p -> p.message(messages));
    }

    static void show(Window owner, Messages messages, Consumer<String> begin) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("firstShift.title"));
        dialog.setHeaderText(messages.get("firstShift.header"));
        dialog.getDialogPane().setId("firstShift");
        TextField name = new TextField();
        name.setId("officerName");
        name.setPromptText(messages.get("firstShift.name"));
        Label problem = new Label();
        problem.getStyleClass().add("form-problems");
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("firstShift.name")), name, problem));
        ButtonType start = new ButtonType(messages.get("firstShift.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("firstShift.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, later);
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> refused = problem(name.getText(), messages);
            problem.setText(refused.orElse(""));
            if (refused.isPresent()) {
                e.consume();
                name.requestFocus();
            } else {
                begin.accept(name.getText().strip());
            }
        });
        dialog.setOnShown(e -> Platform.runLater(name::requestFocus));
        dialog.show();
    }
}
