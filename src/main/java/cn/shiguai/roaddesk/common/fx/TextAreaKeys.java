package cn.shiguai.roaddesk.common.fx;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * What the keys do in a multi-line field, the same in every form and dialog of the desk: Tab and
 * Shift+Tab leave it for the next or previous field (a tab character is of no use in a note),
 * and Shift+Enter makes a line break (the text area's own binding for it types nothing).
 */
public final class TextAreaKeys {
    private TextAreaKeys() {
    }

    /** Tab and Shift+Tab move the focus on instead of typing a tab. */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                moveFocus(area, e.isShiftDown());
            }
        });
    }

    /** The text area's own Ctrl+Tab moves the focus on: the only public way to traverse from it. */
    static void moveFocus(TextArea area, boolean back) {
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, back, true, false, false));
    }

    /** A line break where the caret is, replacing any selection. */
    public static void newLine(TextArea area) {
        area.replaceSelection("\n");
    }
}
