package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.situation.ui.LevelPanelModel;
import cn.shiguai.roaddesk.situation.ui.LevelPanel;
import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.Situation;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** The response screen's view: the response in force, the recommendation explained, the decisions. */
public final class ResponseView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResponseViewModel model;
    private final Messages messages;
    private final EvaluationText text;
    private final Parent levelPanelRoot;
    private final LevelPanel levelPanel;
    private final Ticker ticker;

    @FXML private Label inForceBadge;
    @FXML private Label inForceText;
    @FXML private Button decideButton;
    @FXML private Button correctDecisionButton;
    @FXML private Label error;
    @FXML private Label status;
    @FXML private StackPane levelPanelHolder;
    @FXML private TableView<DecisionRow> history;
    @FXML private TableColumn<DecisionRow, String> timeColumn;
    @FXML private TableColumn<DecisionRow, String> kindColumn;
    @FXML private TableColumn<DecisionRow, String> levelsColumn;
    @FXML private TableColumn<DecisionRow, String> recommendedColumn;
    @FXML private TableColumn<DecisionRow, String> decidedByColumn;
    @FXML private TableColumn<DecisionRow, String> basisColumn;
    @FXML private TableColumn<DecisionRow, String> reasonColumn;
    @FXML private TableColumn<DecisionRow, String> enteredByColumn;

    public ResponseView(ResponseViewModel model, Messages messages, EvaluationText text, Parent levelPanelRoot,
                        LevelPanel levelPanel, Ticker ticker) {
        this.ticker = ticker;
        this.model = model;
        this.messages = messages;
        this.text = text;
        this.levelPanelRoot = levelPanelRoot;
        this.levelPanel = levelPanel;
    }

    @FXML
    private void initialize() {
        levelPanelHolder.getChildren().setAll(levelPanelRoot);
        model.situation().addListener((o, a, s) -> showSituation(s));
        showSituation(model.situation().get());
        Controls.textColumn(timeColumn, DecisionRow::decidedAt);
        Controls.textColumn(kindColumn, DecisionRow::kind);
        Controls.textColumn(levelsColumn, DecisionRow::levels);
        Controls.textColumn(recommendedColumn, DecisionRow::recommended);
        Controls.textColumn(decidedByColumn, DecisionRow::decidedBy);
        Controls.textColumn(basisColumn, DecisionRow::basis);
        Controls.textColumn(reasonColumn, DecisionRow::reason);
        Controls.textColumn(enteredByColumn, DecisionRow::enteredBy);
        history.setItems(model.history());
        history.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DecisionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("corrected");
                if (!empty && item != null && item.corrected()) {
                    getStyleClass().add("corrected");
                }
            }
        });
        history.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && !correctDecisionButton.isDisabled()) {
                e.consume();
                correctDecision();
            }
        });
        correctDecisionButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            DecisionRow row = history.getSelectionModel().getSelectedItem();
            return row == null || model.correctableId().get() == null || row.record().id() != model.correctableId().get();
        }, history.getSelectionModel().selectedItemProperty(), model.correctableId()));
        status.textProperty().bind(model.status());
        Controls.errorLine(error, model.error());
        model.load();
    }

    /** The same situation the header shows, read when it changes and when the screen is first built. */
    private void showSituation(Situation situation) {
        if (situation == null) {
            return;
        }
        levelPanel.show(LevelPanelModel.of(situation.recommendation(), text));
        ResponseLevel level = situation.activeLevel();
        inForceBadge.setText(text.levelShort(level));
        inForceBadge.getStyleClass().removeIf(c -> c.startsWith("level-") && !c.equals("level-badge-small"));
        inForceBadge.getStyleClass().add(LevelPanelModel.styleClass(level));
        inForceText.setText(situation.active().map(r -> messages.format("response.activeText", text.levelName(r.level()),
                TIME.format(r.since().atZone(text.zone())), TIME.format(r.levelSince().atZone(text.zone())),
                r.decidedBy(messages))).orElse(messages.get("header.noResponse")));
    }

    @FXML
    private void correctDecision() {
        model.openCorrection(history.getSelectionModel().getSelectedItem(), dialog ->
                new DecisionCorrectionDialog(dialog, model, messages, text).show(history.getScene().getWindow()));
    }

    @FXML
    public void decide() {
        model.openDecision(dialog -> new DecisionDialog(dialog, model, messages, text, ticker)
                .show(decideButton.getScene().getWindow()));
    }
}
