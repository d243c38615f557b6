package cn.shiguai.roaddesk.ui;

import java.util.List;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Headless Monocle has no window manager: a dialog that opens is not given the keyboard as a
 * desktop would give it. Flows driven by keyboard only call this once a dialog is up, then type.
 */
final class TopWindow {

    private TopWindow() {
    }

    /** Gives the newest window the keyboard and makes it the robot's target. */
    static void focus(FxRobot robot) {
        List<Window> windows = robot.listTargetWindows();
        Window top = windows.get(windows.size() - 1);
        robot.interact(top::requestFocus);
        robot.targetWindow(top);
    }
}
