package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.fx.Confirm;
import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.FormKeys;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.DecisionAuthority;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The decision dialog's view. Confirming records the decision; if recording fails, the dialog
 * stays open with everything as typed and says why. Esc cancels.
 */
public final class DecisionDialog {
    private final DecisionDialogViewModel model;
    private final ResponseViewModel screen;
    private final Messages messages;
    private final EvaluationText text;
    private final Ticker ticker;

    /** @param ticker the desk's clock: an untouched decision time follows it while the dialog is open */
    public DecisionDialog(DecisionDialogViewModel model, ResponseViewModel screen, Messages messages, EvaluationText text,
                          Ticker ticker) {
        this.model = model;
        this.screen = screen;
        this.messages = messages;
        this.text = text;
        this.ticker = ticker;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("decision.dialog.title"));
        dialog.setHeaderText(messages.format("decision.dialog.header", text.levelName(model.activeLevel()),
                text.levelName(model.recommendation().level()), text.verdict(model.recommendation())));
        dialog.getDialogPane().getStylesheets().add(DecisionDialog.class.getResource("/css/roaddesk.css").toExternalForm());
        dialog.getDialogPane().setPrefWidth(720);

        ComboBox<DecisionKind> kind = combo("decisionKind", model.kinds(), k -> messages.get("decision.kind." + k.name()));
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<ResponseLevel> level = combo("decisionLevel", model.levels(), text::levelName);
        level.valueProperty().bindBidirectional(model.level());
        level.disableProperty().bind(model.kind().isEqualTo(DecisionKind.END));
        ComboBox<DecisionAuthority.Candidate> decider = combo("decider", model.candidates(),
                model::candidateName);
        decider.valueProperty().bindBidirectional(model.decider());
        TextField orderedBy = new TextField();
        orderedBy.setId("orderedBy");
        orderedBy.setPromptText(messages.get("decision.dialog.orderedBy.prompt"));
        orderedBy.textProperty().bindBidirectional(model.orderedBy());
        Label orderedByLabel = new Label(messages.get("decision.dialog.orderedBy"));
        orderedBy.visibleProperty().bind(model.orderNeeded());
        orderedByLabel.visibleProperty().bind(model.orderNeeded());
        ComboBox<cn.shiguai.roaddesk.response.OrderChannel> orderVia = combo("orderVia",
                javafx.collections.FXCollections.observableArrayList(cn.shiguai.roaddesk.response.OrderChannel.values()),
                c -> messages.get(c.textKey()));
        orderVia.valueProperty().bindBidirectional(model.orderVia());
        orderVia.visibleProperty().bind(model.channelNeeded());
        Label orderViaLabel = new Label(messages.get("decision.dialog.orderVia"));
        orderViaLabel.visibleProperty().bind(model.channelNeeded());
        TextField decidedAt = new TextField();
        decidedAt.setId("decidedAt");
        decidedAt.textProperty().bindBidirectional(model.decidedAt());
        Controls.following(decidedAt, model.decidedTime(), messages);
        javafx.beans.value.ChangeListener<java.time.Instant> follow = (o, a, b) -> model.tick();
        ticker.now().addListener(follow);
        dialog.setOnHidden(e -> ticker.now().removeListener(follow));
        Label warning = new Label();
        warning.getStyleClass().add("form-warning");
        warning.setWrapText(true);
        Controls.warningLine(warning, model.warning());
        TextArea reason = new TextArea();
        reason.setId("reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reason());
        Label reasonNeed = new Label();
        reasonNeed.getStyleClass().add("reason-need");
        reasonNeed.setWrapText(true);
        reasonNeed.textProperty().bind(model.reasonNeed().map(n -> n.isEmpty() ? messages.get("decision.dialog.reasonOptional")
                : messages.format("decision.dialog.reasonRequired", n)));
        Label basis = new Label();
        basis.setWrapText(true);
        basis.getStyleClass().add("muted");
        basis.textProperty().bind(model.basis().map(b -> b.isEmpty() ? "" : messages.format("decision.dialog.basis", b)));
        Label problems = new Label();
        problems.setId("decisionProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("form-problems");
        Runnable showProblems = () -> {
            problems.setText(String.join("\n", model.problems()));
            problems.setVisible(!model.problems().isEmpty());
            problems.setManaged(!model.problems().isEmpty());
        };
        model.problems().addListener((ListChangeListener<String>) c -> showProblems.run());
        showProblems.run();
        Label failure = new Label();
        failure.setWrapText(true);
        failure.getStyleClass().add("error-banner");
        failure.setVisible(false);
        failure.setManaged(false);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("decision.dialog.kind")), kind);
        grid.addRow(1, new Label(messages.get("decision.dialog.level")), level);
        grid.addRow(2, new Label(messages.get("decision.dialog.decider")), decider);
        grid.addRow(3, orderedByLabel, new javafx.scene.layout.HBox(8, orderedBy, orderViaLabel, orderVia));
        // A decision phoned in by the group leader: no director's order, but how it came is asked.
        orderedBy.managedProperty().bind(model.orderNeeded());
        grid.addRow(4, new Label(messages.get("decision.dialog.decidedAt")), decidedAt);
        grid.addRow(5, new Label(messages.get("decision.dialog.reason")), reason);
        grid.add(reasonNeed, 1, 6);
        grid.add(basis, 1, 7);
        dialog.getDialogPane().setContent(new VBox(10, grid, problems, warning, failure));

        ButtonType record = new ButtonType(messages.get("decision.dialog.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = FormKeys.cancel(messages);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("recordDecision");
        recordButton.disableProperty().bind(model.valid().not());
        // Keep the dialog open until the store confirms: a failed write must not lose the entry.
        recordButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!model.confirmTime()) {
                return;
            }
            String question = model.summary(text::levelName, text.verdict(model.recommendation()));
            if (!Confirm.ask(new Confirm.Question("decisionConfirmation", messages.get("decision.confirm.title"),
                    question, messages.get("decision.confirm.detail"), messages.get("decision.confirm.yes"),
                    messages.get("decision.confirm.no")), dialog.getDialogPane().getScene().getWindow())) {
                return;
            }
            recordButton.disableProperty().unbind();
            recordButton.setDisable(true);
            screen.decide(model, () -> {
                dialog.setResult(record);
                dialog.close();
            }, message -> {
                failure.setText(message);
                failure.setVisible(true);
                failure.setManaged(true);
                recordButton.disableProperty().bind(model.valid().not());
            });
        });
        FormKeys.install(dialog, record, cancel, kind, model::typed, messages);
        dialog.show();
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Controls.names(items, name));
        return box;
    }
}
