package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.DatePickers;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The duty log screen's view. */
public final class DutyLogView {
    private final DutyLogViewModel model;
    private final Messages messages;

    @FXML private Label chainStatus;
    @FXML private Button verifyButton;
    @FXML private ProgressBar verifyProgress;
    @FXML private Button stopVerifyButton;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private CheckComboBox<LogCategory> categories;
    @FXML private ComboBox<String> author;
    @FXML private TextField search;
    @FXML private ProgressIndicator progress;
    @FXML private TableView<LogEntryRow> table;
    @FXML private TableColumn<LogEntryRow, String> seqColumn;
    @FXML private TableColumn<LogEntryRow, String> occurredColumn;
    @FXML private TableColumn<LogEntryRow, String> recordedColumn;
    @FXML private TableColumn<LogEntryRow, String> categoryColumn;
    @FXML private TableColumn<LogEntryRow, String> authorColumn;
    @FXML private TableColumn<LogEntryRow, String> textColumn;
    @FXML private Button correctButton;
    @FXML private Label status;
    @FXML private Label error;
    @FXML private ComboBox<LogCategory> newCategory;
    @FXML private TextField newOccurred;
    @FXML private TextArea newText;
    @FXML private Button addButton;

    public DutyLogView(DutyLogViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        DatePickers.iso(from, to);
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        categories.getItems().setAll(LogCategory.values());
        StringConverter<LogCategory> categoryNames = Controls.names(List.of(LogCategory.values()),
                c -> messages.get(c.textKey()));
        categories.setConverter(categoryNames);
        categories.setTitle(messages.get("logscreen.allCategories"));
        categories.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<LogCategory>) c -> {
                    model.categories().clear();
                    model.categories().addAll(categories.getCheckModel().getCheckedItems());
                });
        model.categories().addListener((SetChangeListener<LogCategory>) c -> model.load());
        author.setItems(model.authors());
        author.getEditor().textProperty().bindBidirectional(model.author());
        search.textProperty().bindBidirectional(model.search());
        search.setOnAction(e -> model.load());
        author.getEditor().setOnAction(e -> model.load());
        from.valueProperty().addListener((o, a, b) -> model.load());
        to.valueProperty().addListener((o, a, b) -> model.load());
        progress.visibleProperty().bind(model.busy());

        Controls.textColumn(seqColumn, r -> String.valueOf(r.seq()));
        Controls.textColumn(occurredColumn, LogEntryRow::occurred);
        Controls.textColumn(recordedColumn, LogEntryRow::recorded);
        Controls.textColumn(categoryColumn, LogEntryRow::category);
        Controls.textColumn(authorColumn, LogEntryRow::author);
        Controls.textColumn(textColumn, LogEntryRow::text);
        table.setItems(model.entries());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LogEntryRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("corrected");
                if (!empty && item != null && item.corrected()) {
                    getStyleClass().add("corrected");
                }
            }
        });
        correctButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        chainStatus.textProperty().bind(model.chainStatus());
        model.chainIntact().addListener((o, a, intact) -> {
            chainStatus.getStyleClass().removeAll("chain-intact", "chain-broken");
            if (intact != null) {
                chainStatus.getStyleClass().add(intact ? "chain-intact" : "chain-broken");
            }
        });
        status.textProperty().bind(model.status());
        Controls.errorLine(error, model.error());
        verifyProgress.progressProperty().bind(model.verifyProgress());
        for (javafx.scene.Node shownWhileVerifying : List.of(verifyProgress, stopVerifyButton)) {
            shownWhileVerifying.visibleProperty().bind(model.verifying());
            shownWhileVerifying.managedProperty().bind(model.verifying());
        }
        verifyButton.disableProperty().bind(model.verifying());

        newCategory.getItems().setAll(DutyLogViewModel.freeCategories());
        newCategory.setConverter(categoryNames);
        newCategory.valueProperty().bindBidirectional(model.newCategory());
        newOccurred.textProperty().bindBidirectional(model.newOccurred());
        newText.textProperty().bindBidirectional(model.newText());
        // Enter saves, as in every form; Shift+Enter starts a new line in the text.
        newText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                add();
            }
        });
        addButton.disableProperty().bind(model.busy());
        model.load();
        model.verify();
    }

    @FXML
    private void query() {
        model.load();
    }

    @FXML
    private void verify() {
        model.verify();
    }

    @FXML
    private void stopVerify() {
        model.stopVerify();
    }

    @FXML
    private void add() {
        model.add();
        newText.requestFocus();
    }

    @FXML
    private void correct() {
        LogEntryRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.format("logscreen.correct.title", row.seq()));
        dialog.setHeaderText(messages.format("logscreen.correct.header", row.seq(), row.entry().text()));
        TextArea text = new TextArea(row.entry().text());
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setId("correctionText");
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("logscreen.correct.label")), text));
        ButtonType save = new ButtonType(messages.get("logscreen.correct.save"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == save ? text.getText() : null);
        if (table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        text.requestFocus();
        dialog.showAndWait().ifPresent(corrected -> model.correct(row, corrected));
    }
}
