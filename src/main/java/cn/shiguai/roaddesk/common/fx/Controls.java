package cn.shiguai.roaddesk.common.fx;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import cn.shiguai.roaddesk.common.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** The few ways every screen wires the same controls, written once. */
public final class Controls {
    private Controls() {
    }

    /** A column showing a text of its row. */
    public static <R> void textColumn(TableColumn<R, String> column, Function<R, String> text) {
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
    }

    /**
     * A column of long texts (log entries, notes): one line in the row, the whole text in a
     * tooltip that wraps, so a 400-character entry can be read without widening the column.
     */
    public static <R> void longTextColumn(TableColumn<R, String> column, Function<R, String> text) {
        textColumn(column, text);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(640);
                whole.setShowDuration(javafx.util.Duration.minutes(2));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.replace('\n', ' '));
                whole.setText(item);
                setTooltip(empty || item == null || item.isEmpty() ? null : whole);
            }
        });
    }

    /**
     * Items shown by their names in a choice or combo box; a name typed into an editable box
     * selects the item of that name.
     */
    public static <T> StringConverter<T> names(List<T> items, Function<T, String> name) {
        return names(items, "", name);
    }

    /** The same, for a list whose empty choice (null) means something: all, not reported. */
    public static <T> StringConverter<T> names(List<T> items, String noneName, Function<T, String> name) {
        Function<T, String> shown = item -> item == null ? noneName : name.apply(item);
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return shown.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(i -> shown.apply(i).equals(text)).findFirst().orElse(null);
            }
        };
    }

    /** The screen's error line: the message, and no room taken while there is none. */
    public static void errorLine(Label line, StringExpression message) {
        line.textProperty().bind(message);
        line.visibleProperty().bind(message.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
    }

    /** What needs one more Enter (a time far from now): shown the same way, in the warning colour. */
    public static void warningLine(Label line, StringExpression message) {
        errorLine(line, message);
    }

    /**
     * A time field that follows the clock (bound to it by the caller): a tooltip says so, and it
     * is marked {@code time-edited} once the officer has typed a time of their own.
     */
    public static void following(TextField field, FollowingTime time, Messages messages) {
        field.setTooltip(new Tooltip(messages.get("time.follows")));
        Runnable mark = () -> {
            field.getStyleClass().remove("time-edited");
            if (time.edited().get()) {
                field.getStyleClass().add("time-edited");
            }
        };
        time.edited().addListener((o, a, b) -> mark.run());
        mark.run();
    }
}
