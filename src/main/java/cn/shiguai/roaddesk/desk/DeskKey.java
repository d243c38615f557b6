package cn.shiguai.roaddesk.desk;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The desk's own shortcuts, beside those of the screens ({@link Screen}) and of the forms
 * ({@code FormKeys}). The window installs exactly these and the help screen lists exactly these:
 * one table, so F1 can never list a key that does nothing or miss one that does something.
 */
enum DeskKey {
    DECIDE(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), "help.action.decide"),
    ACKNOWLEDGE_ALERTS(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "help.action.acknowledge"),
    MAIN_TABLE(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), "help.action.mainTable"),
    REFRESH(new KeyCodeCombination(KeyCode.F5), "help.action.refresh"),
    LOCK(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "help.action.lock");

    private final KeyCombination keys;
    private final String helpKey;

    DeskKey(KeyCombination keys, String helpKey) {
        this.keys = keys;
        this.helpKey = helpKey;
    }

    KeyCombination keys() {
        return keys;
    }

    String helpKey() {
        return helpKey;
    }
}
