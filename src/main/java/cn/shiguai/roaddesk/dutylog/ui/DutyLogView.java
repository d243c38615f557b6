package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.DatePickers;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import java.util.List;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.dutylog.OpenCallback;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The duty log screen's view. */
public final class DutyLogView {
    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");
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
    @FXML private Label warning;
    @FXML private GridPane entryForm;
    @FXML private HBox callFields;
    @FXML private TextField caller;
    @FXML private TextField unit;
    @FXML private TextField number;
    @FXML private CheckBox callbackNeeded;
    @FXML private TextField callbackBy;
    @FXML private HBox callbackBox;
    @FXML private ListView<OpenCallback> callbacks;
    @FXML private Button callbackDoneButton;
    private final Ticker ticker;

    /** @param ticker the desk's clock: an untouched time of occurrence follows it */
    public DutyLogView(DutyLogViewModel model, Messages messages, Ticker ticker) {
        this.model = model;
        this.messages = messages;
        this.ticker = ticker;
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
        Controls.longTextColumn(textColumn, LogEntryRow::text);
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
        verifyProgress.progressProperty().bind(model.chain().progress());
        for (javafx.scene.Node shownWhileVerifying : List.of(verifyProgress, stopVerifyButton)) {
            shownWhileVerifying.visibleProperty().bind(model.chain().running());
            shownWhileVerifying.managedProperty().bind(model.chain().running());
        }
        verifyButton.disableProperty().bind(model.chain().running());
        model.chainIntact().addListener((o, a, intact) -> {
            chainStatus.getStyleClass().removeAll("chain-intact", "chain-broken");
            if (intact != null) {
                chainStatus.getStyleClass().add(intact ? "chain-intact" : "chain-broken");
            }
        });
        status.textProperty().bind(model.status());
        Controls.errorLine(error, model.error());

        newCategory.getItems().setAll(DutyLogViewModel.freeCategories());
        newCategory.setConverter(categoryNames);
        newCategory.valueProperty().bindBidirectional(model.newCategory());
        newOccurred.textProperty().bindBidirectional(model.newOccurred());
        Controls.following(newOccurred, model.form().occurred(), messages);
        ticker.now().addListener((o, a, b) -> model.tick());
        Controls.warningLine(warning, model.warning());
        wireCallFields();
        wireCallbacks();
        // Alt+1 … Alt+5 choose the category from anywhere in the form, in the order of the list.
        entryForm.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = e.isAltDown() && e.getCode().isDigitKey() ? e.getCode().getChar().charAt(0) - '1' : -1;
            List<LogCategory> free = DutyLogViewModel.freeCategories();
            if (index >= 0 && index < free.size()) {
                e.consume();
                model.newCategory().set(free.get(index));
            }
        });
        newCategory.setTooltip(new Tooltip(messages.get("logscreen.categoryKeys")));
        newText.textProperty().bindBidirectional(model.newText());
        // Enter and Ctrl+Enter save, as in every form; Shift+Enter starts a new line in the text.
        newText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                add();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                cn.shiguai.roaddesk.common.fx.TextAreaKeys.newLine(newText);
            }
        });
        cn.shiguai.roaddesk.common.fx.TextAreaKeys.tabLeaves(newText);
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
        model.chain().stop();
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
        LogCorrectionDialog.show(model.correction(row), messages, table.getScene() == null ? null
                : table.getScene().getWindow()).ifPresent(model::correct);
    }

    @FXML
    private void callbackDone() {
        OpenCallback callback = callbacks.getSelectionModel().getSelectedItem();
        if (callback != null) {
            model.callbackDone(callback, null);
        }
    }

    /** Caller, unit, number and a promised call back belong to 来电 and 去电 only. */
    private void wireCallFields() {
        caller.textProperty().bindBidirectional(model.form().caller());
        unit.textProperty().bindBidirectional(model.form().unit());
        number.textProperty().bindBidirectional(model.form().number());
        callbackNeeded.selectedProperty().bindBidirectional(model.form().callbackNeeded());
        callbackBy.textProperty().bindBidirectional(model.form().callbackBy());
        callbackBy.disableProperty().bind(callbackNeeded.selectedProperty().not());
        Runnable show = () -> {
            boolean call = model.form().isCall();
            callFields.setVisible(call);
            callFields.setManaged(call);
        };
        model.newCategory().addListener((o, a, b) -> show.run());
        show.run();
    }

    private void wireCallbacks() {
        callbacks.setItems(model.openCallbacks());
        callbacks.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(OpenCallback item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("logscreen.callback.row",
                        DUE.format(item.due().atZone(model.zone())), item.call().caller(), item.entrySeq()));
            }
        });
        callbackBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.openCallbacks()));
        callbackBox.managedProperty().bind(callbackBox.visibleProperty());
        callbackDoneButton.disableProperty().bind(callbacks.getSelectionModel().selectedItemProperty().isNull());
    }
}
