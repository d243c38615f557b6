package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.DecisionAuthority;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 更正决定: what the record should have said — another decision, or none (撤销) — in whose name
 * and why. It stays open until the store confirms; a refusal is shown with everything kept.
 */
final class DecisionCorrectionDialog {
    private final DecisionCorrectionViewModel model;
    private final ResponseViewModel screen;
    private final Messages messages;
    private final EvaluationText text;

    DecisionCorrectionDialog(DecisionCorrectionViewModel model, ResponseViewModel screen, Messages messages,
                             EvaluationText text) {
        this.model = model;
        this.screen = screen;
        this.messages = messages;
        this.text = text;
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        var m = model.mistake();
        dialog.setTitle(messages.format("decision.correct.title", m.id()));
        dialog.setHeaderText(messages.format("decision.correct.header", m.id(),
                messages.get("decision.kind." + m.kind().name()), text.levelName(m.level()),
                messages.format("response.decidedBy", m.decidedBy(), messages.get(m.capacity().labelKey()))));
        dialog.getDialogPane().getStylesheets().add(
                DecisionCorrectionDialog.class.getResource("/css/roaddesk.css").toExternalForm());
        dialog.getDialogPane().setPrefWidth(680);

        ToggleGroup mode = new ToggleGroup();
        RadioButton replace = new RadioButton(messages.get("decision.correct.replace"));
        replace.setToggleGroup(mode);
        replace.setSelected(true);
        RadioButton voiding = new RadioButton(messages.get("decision.correct.void"));
        voiding.setId("voidDecision");
        voiding.setToggleGroup(mode);
        model.voiding().bind(voiding.selectedProperty());
        ComboBox<DecisionKind> kind = combo("correctKind", model.kinds(), k -> messages.get("decision.kind." + k.name()));
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<ResponseLevel> level = combo("correctLevel", model.levels(), text::levelName);
        level.valueProperty().bindBidirectional(model.level());
        ComboBox<DecisionAuthority.Candidate> decider = combo("correctDecider", model.candidates(),
                c -> messages.format("response.decidedBy", c.person(), messages.get(c.capacity().labelKey())));
        decider.valueProperty().bindBidirectional(model.decider());
        TextField orderedBy = field("correctOrderedBy", model.orderedBy());
        TextField decidedAt = field("correctDecidedAt", model.decidedAt());
        TextField decisionReason = field("correctDecisionReason", model.decisionReason());
        TextField reason = field("correctionReason", model.correctionReason());
        for (var n : new javafx.scene.Node[] {kind, level, decisionReason}) {
            n.disableProperty().bind(voiding.selectedProperty());
        }
        Label problems = new Label();
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        Label failure = new Label();
        failure.getStyleClass().add("error-banner");
        failure.setWrapText(true);
        failure.setVisible(false);
        failure.setManaged(false);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("decision.dialog.kind")), kind);
        grid.addRow(1, new Label(messages.get("decision.dialog.level")), level);
        grid.addRow(2, new Label(messages.get("decision.dialog.decider")), decider);
        grid.addRow(3, new Label(messages.get("decision.dialog.orderedBy")), orderedBy);
        grid.addRow(4, new Label(messages.get("decision.dialog.decidedAt")), decidedAt);
        grid.addRow(5, new Label(messages.get("decision.dialog.reason")), decisionReason);
        grid.addRow(6, new Label(messages.get("decision.correct.reason")), reason);
        dialog.getDialogPane().setContent(new VBox(10, replace, voiding, grid, problems, failure));

        ButtonType record = new ButtonType(messages.get("decision.correct.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("recordCorrection");
        recordButton.disableProperty().bind(model.valid().not());
        recordButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            screen.correct(model, () -> {
                dialog.setResult(record);
                dialog.close();
            }, message -> {
                failure.setText(message);
                failure.setVisible(true);
                failure.setManaged(true);
            });
        });
        dialog.setOnShown(e -> replace.requestFocus());
        dialog.show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty bound) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(bound);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
                                         java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Controls.names(items, name));
        return box;
    }
}
