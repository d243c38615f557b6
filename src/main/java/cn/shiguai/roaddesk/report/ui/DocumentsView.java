package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.DatePickers;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.print.FxPrinterAccess;
import cn.shiguai.roaddesk.report.print.PrintWindow;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The documents screen's view: binds the view model, lays out the parts, asks before issuing. */
public final class DocumentsView {
    private final DocumentsViewModel model;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private ComboBox<DocumentKind> kind;
    @FXML private DatePicker day;
    @FXML private Button draftButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label status;
    @FXML private Label error;
    @FXML private Label heading;
    @FXML private Label partsNote;
    @FXML private VBox partsBox;
    @FXML private Button issueButton;
    @FXML private Button reviewButton;
    @FXML private Label awaiting;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private Button refreshButton;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private Label staleNote;
    @FXML private ScrollPane pageScroll;
    @FXML private Label noPreview;
    @FXML private ImageView page;
    @FXML private Button openButton;
    @FXML private Button correctButton;
    @FXML private TableView<IssuedRow> table;
    @FXML private TableColumn<IssuedRow, String> kindColumn;
    @FXML private TableColumn<IssuedRow, String> numberColumn;
    @FXML private TableColumn<IssuedRow, String> versionColumn;
    @FXML private TableColumn<IssuedRow, String> titleColumn;
    @FXML private TableColumn<IssuedRow, String> dayColumn;
    @FXML private TableColumn<IssuedRow, String> issuedAtColumn;
    @FXML private TableColumn<IssuedRow, String> issuedByColumn;
    @FXML private TableColumn<IssuedRow, String> shaColumn;
    @FXML private TableColumn<IssuedRow, String> markColumn;

    public DocumentsView(DocumentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(DocumentKind.drafted());
        kind.setConverter(Controls.names(kind.getItems(), k -> messages.get(k.labelKey())));
        kind.valueProperty().bindBidirectional(model.kind());
        DatePickers.iso(day);
        day.valueProperty().bindBidirectional(model.day());
        DocumentsKeys.install(this, root, day, kind, table);

        progress.visibleProperty().bind(model.busy());
        status.textProperty().bind(model.status());
        awaiting.textProperty().bind(model.awaiting());
        awaiting.visibleProperty().bind(model.awaiting().isNotEmpty());
        awaiting.managedProperty().bind(awaiting.visibleProperty());
        reviewButton.disableProperty().bind(model.busy().or(model.editing().not()));
        Controls.errorLine(error, model.error());
        heading.textProperty().bind(model.heading());
        partsNote.textProperty().bind(model.partsNote());
        partsNote.managedProperty().bind(model.partsNote().isNotEmpty());
        model.parts().addListener((ListChangeListener<PartField>) c -> showParts());

        draftButton.disableProperty().bind(model.busy());
        issueButton.disableProperty().bind(model.busy().or(model.editing().not()));
        refreshButton.disableProperty().bind(model.busy().or(model.editing().not()));
        saveButton.disableProperty().bind(model.busy().or(model.hasPdf().not()));
        printButton.disableProperty().bind(model.busy().or(model.hasPdf().not()));
        staleNote.visibleProperty().bind(model.previewStale());
        new PreviewPane(page, noPreview, pageLabel, previousButton, nextButton, pageScroll).follow(model.preview());

        Controls.textColumn(kindColumn, IssuedRow::kind);
        Controls.textColumn(numberColumn, IssuedRow::number);
        Controls.textColumn(versionColumn, IssuedRow::version);
        Controls.textColumn(titleColumn, IssuedRow::title);
        Controls.textColumn(dayColumn, IssuedRow::day);
        Controls.textColumn(issuedAtColumn, IssuedRow::issuedAt);
        Controls.textColumn(issuedByColumn, IssuedRow::issuedBy);
        Controls.textColumn(shaColumn, IssuedRow::sha);
        Controls.textColumn(markColumn, IssuedRow::mark);
        table.setItems(model.issued());
        table.setRowFactory(t -> new CorrectedRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.selected().set(row));
        model.selected().addListener((o, a, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        openButton.disableProperty().bind(model.busy().or(model.selected().isNull()));
        correctButton.disableProperty().bind(model.busy().or(model.selected().isNull()));
        model.start();
    }

    @FXML
    void draft() {
        model.draft();
    }

    @FXML
    void refreshPreview() {
        model.refreshPreview();
    }

    @FXML
    void previousPage() {
        if (model.preview().get() != null) {
            model.preview().get().previous();
        }
    }

    @FXML
    void nextPage() {
        if (model.preview().get() != null) {
            model.preview().get().next();
        }
    }

    /** 送审: the draft as edited goes to the director or a leader. */
    @FXML
    void sendForReview() {
        model.sendForReview();
    }

    /** Names the number it will get and asks; Enter confirms, Esc cancels. */
    @FXML
    void issue() {
        if (!issueButton.isDisabled()) {
            model.prepareIssue(question -> {
                if (IssueConfirmation.ask(question, messages, window())) {
                    model.issue();
                }
            });
        }
    }

    @FXML
    void saveAs() {
        if (saveButton.isDisabled()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("documents.fileFilter"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }

    @FXML
    void print() {
        if (!printButton.isDisabled()) {
            Window owner = window();
            PrintWindow.show(model.printModel(new FxPrinterAccess(() -> owner)), model.documentName(), messages, owner);
        }
    }

    @FXML
    void open() {
        model.open(model.selected().get());
    }

    @FXML
    void correct() {
        model.startCorrection(model.selected().get());
    }

    /** A labelled text area per part; Tab leaves the text area, as in a form, instead of typing a tab. */
    private void showParts() {
        partsBox.getChildren().clear();
        for (PartField part : model.parts()) {
            Label label = new Label(part.label());
            label.getStyleClass().add("part-label");
            TextArea text = new TextArea();
            text.setId("part-" + part.key().replace('.', '-'));
            text.setWrapText(true);
            text.setPrefRowCount(part.text().get().length() > 160 ? 6 : 3);
            text.textProperty().bindBidirectional(part.text());
            label.setLabelFor(text);
            cn.shiguai.roaddesk.common.fx.TextAreaKeys.tabLeaves(text);
            partsBox.getChildren().addAll(label, text);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** A version a later one corrects is struck through: it is no longer the one in force. */
    private static final class CorrectedRow extends TableRow<IssuedRow> {
        @Override
        protected void updateItem(IssuedRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("corrected");
            if (!empty && item != null && item.corrected()) {
                getStyleClass().add("corrected");
            }
        }
    }
}
