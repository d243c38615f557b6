package cn.shiguai.roaddesk.situation.ui;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.Truth;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Shows an evaluation: the coloured level badge with its name, and the clause-by-clause table. */
public final class LevelPanel {
    @FXML private Label badge;
    @FXML private Label levelName;
    @FXML private Label verdict;
    @FXML private Label mean;
    @FXML private Label ruleSet;
    @FXML private Label next;
    @FXML private VBox warnings;
    @FXML private Label quoteDetail;
    private String defaultQuote = "";
    private String citation = "";
    @FXML private TreeTableView<ExplanationRow> table;
    @FXML private TreeTableColumn<ExplanationRow, String> labelColumn;
    @FXML private TreeTableColumn<ExplanationRow, String> thresholdColumn;
    @FXML private TreeTableColumn<ExplanationRow, String> observedColumn;
    @FXML private TreeTableColumn<ExplanationRow, String> whereColumn;
    @FXML private TreeTableColumn<ExplanationRow, String> truthColumn;
    @FXML private TreeTableColumn<ExplanationRow, String> quoteColumn;

    @FXML
    private void initialize() {
        bind(labelColumn, ExplanationRow::label);
        bind(thresholdColumn, ExplanationRow::threshold);
        bind(observedColumn, ExplanationRow::observed);
        bind(whereColumn, ExplanationRow::where);
        bind(truthColumn, ExplanationRow::truthText);
        bind(quoteColumn, ExplanationRow::quote);
        truthColumn.setCellFactory(c -> new TruthCell());
        quoteColumn.setCellFactory(c -> new QuoteCell());
        table.setRoot(new TreeItem<>());
        // The plan's sentence of the selected line, in full: a whole condition never fits a column.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                quoteDetail.setText(item == null || item.getValue() == null ? defaultQuote : quoteOf(item.getValue())));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(ExplanationRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("level-row");
                if (!empty && item != null && item.isLevel()) {
                    getStyleClass().add("level-row");
                }
            }
        });
    }

    public void show(LevelPanelModel model) {
        badge.getStyleClass().removeIf(s -> s.startsWith("level-") && !s.equals("level-badge"));
        badge.getStyleClass().add(LevelPanelModel.styleClass(model.level()));
        badge.setText(model.badge());
        levelName.setText(model.levelName());
        verdict.setText(model.verdict());
        mean.setText(model.meanTemperature());
        ruleSet.setText(model.ruleSet());
        next.setText(model.next());
        warnings.getChildren().setAll(model.warnings().stream().map(w -> {
            Label l = new Label("⚠ " + w);
            l.setWrapText(true);
            l.getStyleClass().add("warning");
            return l;
        }).toList());
        TreeItem<ExplanationRow> root = new TreeItem<>();
        for (ExplanationRow level : model.rows()) {
            TreeItem<ExplanationRow> item = new TreeItem<>(level);
            level.children().forEach(c -> item.getChildren().add(new TreeItem<>(c)));
            // Open the levels that decide: the level reached and the one above it.
            item.setExpanded(level.level() == model.level() || level.level() == model.level().next()
                    || (model.level() == ResponseLevel.NONE && level.level() == ResponseLevel.IV));
            root.getChildren().add(item);
        }
        table.setRoot(root);
        citation = model.citation();
        defaultQuote = model.rows().stream().filter(r -> r.level() == model.level()).findFirst()
                .map(this::quoteOf).orElse("");
        quoteDetail.setText(defaultQuote);
    }

    private String quoteOf(ExplanationRow row) {
        return citation + row.quote();
    }

    public Label badge() {
        return badge;
    }

    private static void bind(TreeTableColumn<ExplanationRow, String> column, Function<ExplanationRow, String> getter) {
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue().getValue() == null ? "" : getter.apply(f.getValue().getValue())));
    }

    /** Met / not met / unknown in words and colour: colour is never the only signal. */
    private static final class TruthCell extends TreeTableCell<ExplanationRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("truth-met", "truth-not-met", "truth-unknown");
            ExplanationRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                return;
            }
            Truth t = row.truth();
            setText(LevelPanelModel.mark(t) + " " + item);
            getStyleClass().add(t == Truth.MET ? "truth-met" : t == Truth.NOT_MET ? "truth-not-met" : "truth-unknown");
        }
    }

    /** The plan's words, in full on hover: a whole level condition does not fit a column. */
    private static final class QuoteCell extends TreeTableCell<ExplanationRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : wrapped(item));
        }

        private static Tooltip wrapped(String text) {
            Tooltip t = new Tooltip(text);
            t.setWrapText(true);
            t.setMaxWidth(520);
            return t;
        }
    }
}
