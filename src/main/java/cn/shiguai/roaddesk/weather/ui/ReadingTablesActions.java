package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.RecordState;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;

/**
 * What can be done to a kept reading or road report from its table: 更正 (F2) and 撤回
 * (Delete), from the context menu or the key. Replaced and withdrawn rows are struck through and
 * offer nothing: the latest one is the one to act on.
 */
final class ReadingTablesActions {

    private ReadingTablesActions() {
    }

    static void install(TableView<ReadingRow> readings, TableView<TrafficRow> traffic, ReadingsViewModel model,
                        Messages messages) {
        wire(readings, ReadingRow::state, row -> CorrectionDialogs.correct(model.corrections().of(row), messages,
                        readings, messages.format("readings.correct.title", row.id())).ifPresent(model.corrections()::correct),
                row -> CorrectionDialogs.reason(messages, readings, messages.format("readings.withdraw.title", row.id()),
                        describe(row, messages)).ifPresent(reason -> model.corrections().withdraw(row, reason)), messages);
        wire(traffic, TrafficRow::state, row -> CorrectionDialogs.correct(model.corrections().of(row), messages, traffic,
                        messages.format("traffic.correct.title", row.record().id())).ifPresent(model.corrections()::correct),
                row -> CorrectionDialogs.reason(messages, traffic,
                        messages.format("traffic.withdraw.title", row.record().id()),
                        row.time() + "  " + row.road()).ifPresent(reason -> model.corrections().withdraw(row, reason)), messages);
    }

    private static <R> void wire(TableView<R> table, Function<R, RecordState> state, Consumer<R> correct,
                                 Consumer<R> withdraw, Messages messages) {
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>() {
                @Override
                protected void updateItem(R item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("corrected");
                    boolean standing = !empty && item != null && state.apply(item) == RecordState.STANDING;
                    if (!empty && item != null && !standing) {
                        getStyleClass().add("corrected");
                    }
                    setContextMenu(standing ? menu(item, correct, withdraw, messages) : null);
                }
            };
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || state.apply(selected) != RecordState.STANDING) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                e.consume();
                correct.accept(selected);
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                withdraw.accept(selected);
            }
        });
    }

    private static <R> ContextMenu menu(R item, Consumer<R> correct, Consumer<R> withdraw, Messages messages) {
        MenuItem fix = new MenuItem(messages.get("readings.action.correct"));
        fix.setAccelerator(new KeyCodeCombination(KeyCode.F2));
        fix.setOnAction(e -> correct.accept(item));
        MenuItem remove = new MenuItem(messages.get("readings.action.withdraw"));
        remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        remove.setOnAction(e -> withdraw.accept(item));
        return new ContextMenu(fix, remove);
    }

    private static String describe(ReadingRow row, Messages messages) {
        StringBuilder b = new StringBuilder(row.time()).append("  ").append(row.location());
        if (!row.snowDepth().isEmpty()) {
            b.append("  ").append(messages.get("readings.col.snow")).append(' ').append(row.snowDepth());
        }
        if (!row.airTemp().isEmpty()) {
            b.append("  ").append(messages.get("readings.col.airTemp")).append(' ').append(row.airTemp());
        }
        return b.toString();
    }
}
