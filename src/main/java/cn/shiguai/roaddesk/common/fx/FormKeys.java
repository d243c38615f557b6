package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;

/**
 * One keyboard grammar for every form dialog, so a tired officer's hands learn it once:
 * the first field has the focus when the dialog opens; Enter in a short note and Ctrl+Enter
 * anywhere save (Shift+Enter makes a new line); Tab and Shift+Tab leave a text area instead of
 * typing a tab; Esc, 取消 and the window's close button ask before throwing typed input away.
 */
public final class FormKeys {
    /**
     * What the help screen lists for the forms, kept beside the code that installs it: each entry
     * is a text key; {@code KEY.keys} names the keys and {@code KEY} what they do.
     */
    public static final java.util.List<String> HELP = java.util.List.of("form.keys.save", "form.keys.newline",
            "form.keys.tab", "form.keys.cancel");

    private FormKeys() {
    }

    /** A 取消 button in the window's language, never the toolkit's English "Cancel". */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Installs the grammar on {@code dialog}, whose save button is {@code save} and first field
     * {@code first}; {@code typed} says whether anything would be lost by closing.
     */
    public static void install(Dialog<?> dialog, ButtonType save, ButtonType cancel, Node first, BooleanSupplier typed,
                               Messages messages) {
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER;
            boolean inArea = e.getTarget() instanceof TextArea;
            if (enter && (e.isShortcutDown() || (inArea && !e.isShiftDown()))) {
                e.consume();
                if (!saveButton.isDisabled()) {
                    saveButton.fire();
                }
            } else if (enter && inArea) {
                e.consume();
                TextAreaKeys.newLine((TextArea) e.getTarget());
            } else if (e.getCode() == KeyCode.TAB && inArea && !e.isControlDown()) {
                e.consume();
                TextAreaKeys.moveFocus((TextArea) e.getTarget(), e.isShiftDown());
            }
        });
        // Esc and the close button reach the dialog as a close request that then fires 取消:
        // one answer covers both, so the question is never asked twice.
        boolean[] discarded = {false};
        javafx.event.EventHandler<javafx.event.Event> ask = e -> {
            if (!discarded[0] && typed.getAsBoolean()) {
                if (discard(dialog, messages)) {
                    discarded[0] = true;
                } else {
                    e.consume();
                }
            }
        };
        dialog.getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, ask::handle);
        dialog.getDialogPane().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ask::handle);
            }
        });
        // After the dialog has placed its own focus (on a button): to the first field, unless the
        // officer has already clicked into another one.
        dialog.setOnShown(e -> Platform.runLater(() -> {
            var owner = dialog.getDialogPane().getScene().getFocusOwner();
            if (owner == null || owner instanceof javafx.scene.control.ButtonBase) {
                first.requestFocus();
            }
        }));
    }

    private static boolean discard(Dialog<?> dialog, Messages messages) {
        return Confirm.ask(new Confirm.Question("discardConfirmation", messages.get("form.discard.title"),
                messages.get("form.discard.question"), messages.get("form.discard.detail"),
                messages.get("form.discard.yes"), messages.get("form.discard.no"), true),
                dialog.getDialogPane().getScene().getWindow());
    }
}
