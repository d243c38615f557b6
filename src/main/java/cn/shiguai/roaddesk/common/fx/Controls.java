package cn.shiguai.roaddesk.common.fx;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
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
}
