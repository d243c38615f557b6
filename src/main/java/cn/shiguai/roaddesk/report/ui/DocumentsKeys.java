package cn.shiguai.roaddesk.report.ui;

import cn.shiguai.roaddesk.report.DocumentKind;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The documents screen by keyboard: Ctrl+N drafts, Ctrl+R refreshes the preview, Ctrl+I issues,
 * Ctrl+S saves, Ctrl+P prints, Page Up/Down turn the preview's pages, Enter in the day or kind
 * drafts and on a listed document opens it. The desk's own keys (Ctrl+1…6, Ctrl+D, F5) are left alone.
 */
final class DocumentsKeys {
    private static final KeyCombination DRAFT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ISSUE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private DocumentsKeys() {
    }

    static void install(DocumentsView view, Node root, DatePicker day, ComboBox<DocumentKind> kind,
                        TableView<IssuedRow> table) {
        // A filter, so a text area with the focus cannot swallow the screen's shortcuts.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = DRAFT.match(e) ? view::draft : REFRESH.match(e) ? view::refreshPreview
                    : ISSUE.match(e) ? view::issue : SAVE.match(e) ? view::saveAs : PRINT.match(e) ? view::print : null;
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        // A handler, so a text area scrolling with Page Up/Down keeps those keys.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                view.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                view.previousPage();
            }
        });
        day.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitTypedDay(day);
                view.draft();
            }
        });
        kind.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !kind.isShowing()) {
                view.draft();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                view.open();
            }
        });
    }

    /** The picker takes a typed day only when its popup commits it: Enter drafts the day as typed. */
    private static void commitTypedDay(DatePicker day) {
        LocalDate typed = day.getConverter().fromString(day.getEditor().getText());
        if (typed != null) {
            day.setValue(typed);
        }
        day.getEditor().setText(day.getConverter().toString(day.getValue()));
    }
}
