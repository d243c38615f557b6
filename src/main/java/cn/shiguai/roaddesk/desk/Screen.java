package cn.shiguai.roaddesk.desk;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens of the desk, in the order of the navigation bar, each with its shortcut. */
public enum Screen {
    BOARD(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
    READINGS(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)),
    RESPONSE(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN)),
    MEASURES(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)),
    DUTY_LOG(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN)),
    ROSTER(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN)),
    DOCUMENTS(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN)),
    SETTINGS(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN)),
    HELP(new KeyCodeCombination(KeyCode.F1));

    private final KeyCombination shortcut;

    Screen(KeyCombination shortcut) {
        this.shortcut = shortcut;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    /** Text key of the screen's name in the navigation bar. */
    public String textKey() {
        return "nav." + name();
    }
}
