package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The measures screen's view: items grouped by position, filters, quick update, review mode. */
public final class MeasuresView {
    private static final double REVIEW_SCALE = 1.35;

    private final MeasuresViewModel model;
    private final Messages messages;
    private final Runnable printChecklist;
    private final Ticker ticker;

    /** The measure the officer chose last: kept across reloads. */
    private long kept = -1;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private ToggleButton reviewToggle;
    @FXML private Button seenButton;
    @FXML private Button printButton;
    @FXML private ComboBox<String> positionFilter;
    @FXML private ComboBox<MeasureStatus> statusFilter;
    @FXML private Spinner<Integer> quietHours;
    @FXML private TreeTableView<Object> table;
    @FXML private TreeTableColumn<Object, String> itemColumn;
    @FXML private TreeTableColumn<Object, String> shareColumn;
    @FXML private TreeTableColumn<Object, String> statusColumn;
    @FXML private TreeTableColumn<Object, String> updatedColumn;
    @FXML private TreeTableColumn<Object, String> reporterColumn;
    @FXML private TreeTableColumn<Object, String> noteColumn;
    @FXML private Label detail;
    @FXML private Label readerLabel;
    @FXML private javafx.scene.control.TextField readerField;
    @FXML private Button updateButton;
    @FXML private Label statusLine;
    @FXML private Label error;

    public MeasuresView(MeasuresViewModel model, Messages messages, Runnable printChecklist, Ticker ticker) {
        this.model = model;
        this.messages = messages;
        this.printChecklist = printChecklist;
        this.ticker = ticker;
    }

    @FXML
    private void initialize() {
        positionFilter.getItems().add(null);
        model.positions().addListener((ListChangeListener<String>) c -> {
            String chosen = positionFilter.getValue();
            positionFilter.getItems().setAll(model.positions());
            positionFilter.getItems().add(0, null);
            positionFilter.setValue(chosen);
        });
        positionFilter.setConverter(Controls.names(positionFilter.getItems(), messages.get("measures.filter.all"),
                model::positionTitle));
        positionFilter.valueProperty().bindBidirectional(model.position());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(MeasureStatus.reportable());
        statusFilter.setConverter(Controls.names(statusFilter.getItems(), messages.get("measures.filter.all"),
                s -> messages.get(s.labelKey())));
        statusFilter.valueProperty().bindBidirectional(model.status());
        quietHours.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 72, 0));
        quietHours.valueProperty().addListener((o, a, b) -> model.quietHours().set(b));

        column(itemColumn, g -> g.title() + " · " + g.holder() + " — " + messages.format("measures.open", g.open()),
                MeasureRow::label);
        column(shareColumn, g -> "", MeasureRow::share);
        column(statusColumn, g -> "", r -> mark(r.status()) + " " + r.statusText());
        column(updatedColumn, g -> "", r -> (r.changed() ? "● " + messages.get("measures.new") + " " : "") + r.lastUpdate());
        column(reporterColumn, g -> "", MeasureRow::reportedBy);
        column(noteColumn, g -> "", r -> r.item().note() == null ? "" : r.item().note());
        table.setRowFactory(t -> new StatusRow());
        table.setRoot(new TreeItem<>());
        model.groups().addListener((ListChangeListener<PositionGroup>) c -> showGroups());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            showDetail(item);
            if (item != null && item.getValue() instanceof MeasureRow row) {
                kept = row.item().assignmentId();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !model.reviewMode().get()) {
                update();
            }
        });

        reviewToggle.selectedProperty().bindBidirectional(model.reviewMode());
        // The reader is named (Enter or leaving the field): marks and the log are that reader's.
        readerLabel.visibleProperty().bind(model.reviewMode());
        readerLabel.managedProperty().bind(model.reviewMode());
        readerField.visibleProperty().bind(model.reviewMode());
        readerField.managedProperty().bind(model.reviewMode());
        readerField.setOnAction(e -> model.reader().set(readerField.getText()));
        readerField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.reader().set(readerField.getText());
            }
        });
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.reviewMode().addListener((o, a, on) -> {
            root.getStyleClass().remove("review");
            if (on) {
                root.getStyleClass().add("review");
            }
            // Large type needs wider columns, or the leaders read "01-12 1…".
            double factor = on ? REVIEW_SCALE : 1 / REVIEW_SCALE;
            table.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * factor));
        });
        updateButton.disableProperty().bind(model.reviewMode()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        seenButton.visibleProperty().bind(model.reviewMode());
        seenButton.managedProperty().bind(model.reviewMode());
        summary.textProperty().bind(model.summary());
        statusLine.textProperty().bind(model.statusLine());
        Controls.errorLine(error, model.error());
        model.load();
    }

    @FXML
    public void update() {
        TreeItem<Object> selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || !(selected.getValue() instanceof MeasureRow row) || model.reviewMode().get()) {
            return;
        }
        MeasureUpdateDialog dialog = new MeasureUpdateDialog(model.updateOf(row), model, messages, ticker);
        TreeItem<Object> after = nextRow(selected);
        if (after != null) {
            long nextId = ((MeasureRow) after.getValue()).item().assignmentId();
            // The list may have been reloaded by the save: the next measure is found again by its id.
            dialog.thenNext(() -> rowOf(nextId).ifPresent(following -> {
                table.getSelectionModel().select(following);
                update();
            }));
        }
        dialog.show(table.getScene().getWindow());
    }

    /** The measures' rows in list order, across positions. */
    private java.util.List<TreeItem<Object>> rows() {
        return table.getRoot() == null ? java.util.List.of()
                : table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).toList();
    }

    private java.util.Optional<TreeItem<Object>> rowOf(long assignmentId) {
        return rows().stream().filter(i -> ((MeasureRow) i.getValue()).item().assignmentId() == assignmentId)
                .findFirst();
    }

    /** The measure after {@code item} in the list, across positions; null after the last. */
    private TreeItem<Object> nextRow(TreeItem<Object> item) {
        java.util.List<TreeItem<Object>> rows = rows();
        int at = rows.indexOf(item);
        return at >= 0 && at + 1 < rows.size() ? rows.get(at + 1) : null;
    }

    @FXML
    private void markSeen() {
        model.markAllSeen();
    }

    @FXML
    private void print() {
        printChecklist.run();
    }

    private void showGroups() {
        TreeItem<Object> rootItem = new TreeItem<>();
        for (PositionGroup g : model.groups()) {
            TreeItem<Object> group = new TreeItem<>(g);
            group.setExpanded(true);
            g.rows().forEach(r -> group.getChildren().add(new TreeItem<>(r)));
            rootItem.getChildren().add(group);
        }
        long keep = kept;
        table.setRoot(rootItem);
        // Keep the officer's place after an update reloads the list (a reload may pass through a
        // filtered list first, so the place is the measure last chosen, not the row selected now).
        rowOf(keep).ifPresent(row -> {
            table.getSelectionModel().select(row);
            if (table.getSelectionModel().getSelectedItem() == null) {
                // The new root's rows are counted at the next layout; select once they are.
                javafx.application.Platform.runLater(() -> rowOf(keep).ifPresent(r -> table.getSelectionModel().select(r)));
            }
        });
    }

    private void showDetail(TreeItem<Object> item) {
        if (item != null && item.getValue() instanceof MeasureRow r) {
            detail.setText(messages.format("measures.detail", r.item().itemId(), r.item().text()));
        } else {
            detail.setText("");
        }
    }

    static String mark(MeasureStatus s) {
        return switch (s) {
            case DONE -> "✔";
            case IN_PROGRESS -> "◐";
            case NOT_STARTED -> "○";
            case CANNOT -> "✘";
            case CANCELLED -> "⊘";
        };
    }

    private static void column(TreeTableColumn<Object, String> column, Function<PositionGroup, String> group,
                               Function<MeasureRow, String> row) {
        column.setCellValueFactory(f -> {
            Object v = f.getValue().getValue();
            return new ReadOnlyStringWrapper(v instanceof PositionGroup g ? group.apply(g)
                    : v instanceof MeasureRow r ? row.apply(r) : "");
        });
    }

    /** Position rows stand out; items carry their status as a style for colour (text says it too). */
    private static final class StatusRow extends TreeTableRow<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("position-row", "status-DONE", "status-IN_PROGRESS", "status-NOT_STARTED",
                    "status-CANNOT", "changed", "quiet");
            if (empty || item == null) {
                return;
            }
            if (item instanceof PositionGroup) {
                getStyleClass().add("position-row");
            } else if (item instanceof MeasureRow r) {
                getStyleClass().add("status-" + r.status().name());
                if (r.changed()) {
                    getStyleClass().add("changed");
                }
                if (r.quiet()) {
                    getStyleClass().add("quiet");
                }
            }
        }
    }
}
