package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.ui.PointsViewModel.PointRow;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 监测点 tab: the points, their old names, and 改名 / 并入 / 停用 of the selected one. */
final class PointsPane {

    private PointsPane() {
    }

    static Node build(PointsViewModel model, Messages messages) {
        TableView<PointRow> table = new TableView<>(model.rows());
        table.setId("pointsTable");
        table.getColumns().add(column(messages.get("points.col.name"), PointRow::name, 220));
        table.getColumns().add(column(messages.get("points.col.kind"), PointRow::kind, 80));
        table.getColumns().add(column(messages.get("points.col.state"), PointRow::state, 70));
        table.getColumns().add(column(messages.get("points.col.aliases"), PointRow::aliases, 320));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button rename = new Button(messages.get("points.rename"));
        rename.setId("renamePoint");
        Button merge = new Button(messages.get("points.merge"));
        merge.setId("mergePoint");
        Button retire = new Button(messages.get("points.retire"));
        retire.setId("retirePoint");
        for (Button b : new Button[] {rename, merge, retire}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> {
                PointRow row = table.getSelectionModel().getSelectedItem();
                return row == null || !row.inUse();
            }, table.getSelectionModel().selectedItemProperty()));
        }
        rename.setOnAction(e -> renameSelected(table, model, messages));
        merge.setOnAction(e -> mergeSelected(table, model, messages));
        retire.setOnAction(e -> {
            PointRow row = table.getSelectionModel().getSelectedItem();
            CorrectionDialogs.reason(messages, table, messages.get("points.retire.title"),
                    messages.format("points.retire.header", row.name())).ifPresent(why -> model.retire(row, why));
        });
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.status());
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        Controls.errorLine(error, model.error());
        HBox actions = new HBox(8, rename, merge, retire, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        model.load();
        return new VBox(8, table, actions, error);
    }

    private static void renameSelected(TableView<PointRow> table, PointsViewModel model, Messages messages) {
        PointRow row = table.getSelectionModel().getSelectedItem();
        TextField name = new TextField(row.name());
        name.setId("pointName");
        TextField reason = new TextField();
        reason.setId("correctionReason");
        GridPane grid = grid(messages.get("points.rename.name"), name, messages.get("correction.reason"), reason);
        StringBinding problem = Bindings.createStringBinding(() -> name.getText().isBlank() || name.getText().strip()
                .equals(row.name()) ? messages.get("points.problem.name") : reason.getText().isBlank()
                ? messages.get("correction.problem.reason") : "", name.textProperty(), reason.textProperty());
        CorrectionDialogs.show(messages, table, messages.get("points.rename.title"),
                messages.format("points.rename.header", row.name()), grid, problem, messages.get("dialog.ok"), name)
                .ifPresent(ok -> model.rename(row, name.getText(), reason.getText()));
    }

    private static void mergeSelected(TableView<PointRow> table, PointsViewModel model, Messages messages) {
        PointRow row = table.getSelectionModel().getSelectedItem();
        ComboBox<PointRow> into = new ComboBox<>();
        into.setId("mergeInto");
        into.getItems().setAll(model.mergeTargets(row));
        into.setMaxWidth(Double.MAX_VALUE);
        TextField reason = new TextField();
        reason.setId("correctionReason");
        GridPane grid = grid(messages.get("points.merge.into"), into, messages.get("correction.reason"), reason);
        StringBinding problem = Bindings.createStringBinding(() -> into.getValue() == null
                ? messages.get("points.merge.into") : reason.getText().isBlank()
                ? messages.get("correction.problem.reason") : "", into.valueProperty(), reason.textProperty());
        CorrectionDialogs.show(messages, table, messages.get("points.merge.title"),
                messages.format("points.merge.header", row.name()), grid, problem, messages.get("dialog.ok"), into)
                .ifPresent(ok -> model.merge(row, into.getValue(), reason.getText()));
    }

    private static GridPane grid(String firstLabel, Node first, String secondLabel, Node second) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(firstLabel), first);
        grid.addRow(1, new Label(secondLabel), second);
        return grid;
    }

    private static TableColumn<PointRow, String> column(String title, java.util.function.Function<PointRow, String> text,
                                                        double width) {
        TableColumn<PointRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        Controls.textColumn(column, text);
        return column;
    }
}
