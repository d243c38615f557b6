package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.board.BoardItem;
import cn.shiguai.roaddesk.common.fx.Controls;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * 值班看板: what waits, the urgent first; Enter or a double click opens where it is dealt with.
 * The selected item's whole text shows below the table, however long.
 */
public final class BoardView {
    private final BoardViewModel model;
    private final Messages messages;
    private final Consumer<BoardItem.Place> openPlace;

    @FXML private Label summary;
    @FXML private TableView<BoardRow> items;
    @FXML private TableColumn<BoardRow, String> urgentColumn;
    @FXML private TableColumn<BoardRow, String> kindColumn;
    @FXML private TableColumn<BoardRow, String> placeColumn;
    @FXML private TableColumn<BoardRow, String> itemColumn;
    @FXML private Label detail;
    @FXML private Button openButton;
    @FXML private Button answerButton;
    @FXML private Label answerStatus;
    @FXML private Label error;
    private String selectedIdentity;

    public BoardView(BoardViewModel model, Messages messages, Consumer<BoardItem.Place> openPlace) {
        this.model = model;
        this.messages = messages;
        this.openPlace = openPlace;
    }

    @FXML
    private void initialize() {
        items.setItems(model.rows());
        Controls.textColumn(urgentColumn, r -> r.urgent() ? messages.get("board.urgentMark") : "");
        Controls.textColumn(kindColumn, BoardRow::kind);
        Controls.textColumn(placeColumn, BoardRow::place);
        Controls.textColumn(itemColumn, BoardRow::text);
        items.setRowFactory(t -> {
            TableRow<BoardRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BoardRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("board-urgent");
                    if (!empty && item != null && item.urgent()) {
                        getStyleClass().add("board-urgent");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openPlace.accept(row.getItem().item().place());
                }
            });
            return row;
        });
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                open();
            }
        });
        // The row chosen stays chosen across refreshes: the same item, wherever it moved.
        model.rows().addListener((javafx.collections.ListChangeListener<BoardRow>) c -> keepSelection());
        items.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> showDetail(r));
        summary.textProperty().bind(model.summary());
        Controls.errorLine(error, model.error());
        openButton.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        answerButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.question(items.getSelectionModel().getSelectedItem()).isEmpty(),
                items.getSelectionModel().selectedItemProperty(), model.rows()));
        answerStatus.textProperty().bind(model.status());
        if (!model.rows().isEmpty()) {
            items.getSelectionModel().select(0);
        }
    }

    /** Enter on a question to start at discretion asks it; on anything else opens where it is dealt with. */
    @FXML
    private void open() {
        BoardRow row = items.getSelectionModel().getSelectedItem();
        if (row != null && model.question(row).isPresent()) {
            answer();
        } else if (row != null) {
            openPlace.accept(row.item().place());
        }
    }

    @FXML
    private void answer() {
        model.question(items.getSelectionModel().getSelectedItem()).ifPresent(signal ->
                StartQuestionDialog.ask(signal, messages, items).ifPresent(choice ->
                        model.answer(signal, choice.answer(), choice.reason(), () -> {
                            if (choice.answer() == cn.shiguai.roaddesk.board.StartAnswers.Answer.START) {
                                openPlace.accept(BoardItem.Place.RESPONSE);
                            }
                        })));
    }

    private void keepSelection() {
        String identity = selectedIdentity;
        for (int i = 0; i < items.getItems().size(); i++) {
            if (items.getItems().get(i).item().identity().equals(identity)) {
                items.getSelectionModel().select(i);
                return;
            }
        }
        if (!items.getItems().isEmpty()) {
            items.getSelectionModel().select(0);
        }
    }

    private void showDetail(BoardRow row) {
        if (row != null) {
            selectedIdentity = row.item().identity();
        }
        detail.setText(row == null ? "" : messages.format("board.detail", row.kind(), row.text()));
    }
}
