package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * 更正: category, time of occurrence and text of the entry as they should have been, and why.
 * The dialog writes nothing itself; the screen writes the correction when it is confirmed.
 */
final class LogCorrectionDialog {

    private LogCorrectionDialog() {
    }

    static Optional<LogCorrectionForm> show(LogCorrectionForm form, Messages messages, Window owner) {
        Dialog<LogCorrectionForm> dialog = new Dialog<>();
        long seq = form.original().seq();
        dialog.setTitle(messages.format("logscreen.correct.title", seq));
        dialog.setHeaderText(messages.format("logscreen.correct.header", seq, form.original().text()));
        ComboBox<LogCategory> category = new ComboBox<>();
        category.getItems().setAll(DutyLogViewModel.freeCategories());
        category.setConverter(Controls.names(List.copyOf(category.getItems()), c -> messages.get(c.textKey())));
        category.valueProperty().bindBidirectional(form.category());
        category.setId("correctionCategory");
        TextField occurred = new TextField();
        occurred.textProperty().bindBidirectional(form.occurred());
        occurred.setId("correctionOccurred");
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(form.text());
        text.setId("correctionText");
        TextField reason = new TextField();
        reason.textProperty().bindBidirectional(form.reason());
        reason.setId("correctionReason");
        Label problem = new Label();
        problem.getStyleClass().add("form-problems");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(form::problem, form.category(), form.occurred(),
                form.text(), form.reason()));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, messages.get("logscreen.correct.category"), category);
        row(grid, 1, messages.get("logscreen.correct.occurred"), occurred);
        row(grid, 2, messages.get("logscreen.correct.label"), text);
        row(grid, 3, messages.get("logscreen.correct.reason"), reason);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("logscreen.correct.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == save ? form : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        text.requestFocus();
        return dialog.showAndWait();
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
    }
}
