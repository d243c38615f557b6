package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;

/**
 * The point field resists typos: as the officer types, the drop-down offers the known points
 * that contain what was typed (spaces and full-width characters aside); a name close to a known
 * point but not one is asked about ("是否为「五当召镇 旅游公路 K12 弯道」？") before it becomes a
 * new point.
 */
final class PointPrompts {

    private PointPrompts() {
    }

    static void install(ComboBox<String> box, ReadingsViewModel model, Messages messages) {
        // With the suggestions open, the list takes Space as "choose the first one": a name typed
        // with spaces ("五当召镇 旅游公路…") became the suggestion plus the rest typed after it,
        // and so a new point. In this field a space is a character of the name; the suggestions
        // are chosen with the arrows and Enter.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> spaceIsACharacter = e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && !e.isControlDown()) {
                e.consume();
            }
        };
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, spaceIsACharacter);
        // The list hangs over the fields below the point: it goes when the officer moves on.
        box.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                box.hide();
            }
        });
        box.skinProperty().addListener((o, a, skin) -> {
            if (skin instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> list) {
                list.getPopupContent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, spaceIsACharacter);
            }
        });
        box.getEditor().textProperty().addListener((o, before, typed) -> {
            if (!box.getEditor().isFocused() || typed == null || typed.isBlank()) {
                return;
            }
            List<String> offered = model.completions(typed);
            if (offered.isEmpty() || (offered.size() == 1 && offered.get(0).equals(typed))) {
                box.hide();
                return;
            }
            // Replacing the items resets the editor: what was typed is put back, the caret at its end.
            Platform.runLater(() -> {
                String now = box.getEditor().getText();
                box.getItems().setAll(offered);
                box.getEditor().setText(now);
                box.getEditor().positionCaret(now.length());
                if (!box.isShowing()) {
                    box.show();
                }
            });
        });
        model.suggestion().addListener((o, a, suggestion) -> {
            if (suggestion != null) {
                Platform.runLater(() -> ask(suggestion, box, model, messages));
            }
        });
    }

    private static void ask(PointSuggestion s, ComboBox<String> box, ReadingsViewModel model, Messages messages) {
        ButtonType use = new ButtonType(messages.format("points.suggest.use", s.known()), ButtonBar.ButtonData.YES);
        ButtonType create = new ButtonType(messages.format("points.suggest.new", s.typed()), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("points.suggest.body", s.typed(), s.known()),
                use, create, cancel);
        alert.setTitle(messages.get("points.suggest.title"));
        alert.setHeaderText(messages.format("points.suggest.header", s.known()));
        if (box.getScene() != null) {
            alert.initOwner(box.getScene().getWindow());
        }
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == use) {
            model.useSuggested();
        } else if (answer == create) {
            model.keepAsNewPoint();
        } else {
            model.dropSuggestion();
        }
        box.requestFocus();
    }
}
