package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11, item 4 in the screens' own forms, not only in dialogs: Ctrl+Enter saves the readings
 * form and the duty log's entry (a multi-line field), and Tab walks the readings form in the
 * order it is read, left to right and line by line.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFormKeysTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T00:30:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王值班");
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    @Test
    void ctrlEnterSavesTheReadingsFormAndTheLogEntry(FxRobot robot) throws TimeoutException {
        TopWindow.focus(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#locationBox").tryQuery().isPresent());
        robot.clickOn("#locationBox").write("石拐街道 包石公路 K35 大桥");
        robot.clickOn("#snowDepth").write("6");
        ctrlEnter(robot);
        FxWait.until(() -> desk.stores().readings().inputFor(DAY).observations().size() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TextArea text = robot.lookup("#newText").queryAs(TextArea.class);
        if (robot.lookup("#caller").query().isVisible()) {
            robot.clickOn("#caller").write("李队长");
        }
        robot.clickOn(text).write("09:10 交警大队来电：K35 大桥已撒融雪剂");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("09:30 前回报");
        ctrlEnter(robot);
        FxWait.until(() -> desk.stores().log().day(DAY).stream()
                .anyMatch(e -> e.text().endsWith("09:10 交警大队来电：K35 大桥已撒融雪剂\n09:30 前回报")),
                () -> desk.stores().log().day(DAY).stream().map(e -> e.text()).toList() + " / " + text.getText());
        FxWait.until(() -> text.getText().isEmpty(), text::getText);
        // Tab leaves the entry's text for the button, as in every form: no tab character typed.
        robot.clickOn(text);
        robot.type(KeyCode.TAB);
        FxWait.until(() -> !text.isFocused());
        assertEquals("", text.getText());
    }

    @Test
    void tabWalksTheReadingsFormInReadingOrder(FxRobot robot) throws TimeoutException {
        TopWindow.focus(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#locationBox").tryQuery().isPresent());
        Node form = robot.lookup("#snowDepth").query().getParent();
        while (form.lookup("#locationBox") == null) {
            form = form.getParent();
        }
        robot.clickOn("#locationBox");
        List<Bounds> visited = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Node focused = robot.lookup("#locationBox").query().getScene().getFocusOwner();
            if (!DeskViewWithin.within(focused, form)) {
                break;
            }
            visited.add(focused.localToScene(focused.getBoundsInLocal()));
            ids.add(String.valueOf(focused.getId()));
            robot.type(KeyCode.TAB);
        }
        assertTrue(visited.size() >= 4, "the form has fields to walk: " + ids);
        for (int i = 1; i < visited.size(); i++) {
            Bounds a = visited.get(i - 1);
            Bounds b = visited.get(i);
            boolean sameLine = Math.abs(a.getCenterY() - b.getCenterY()) < a.getHeight() / 2;
            assertTrue(sameLine ? b.getMinX() > a.getMinX() : b.getMinY() > a.getMinY(),
                    "Tab goes left to right, then down: " + ids.get(i - 1) + " → " + ids.get(i) + " in " + ids);
        }
    }

    /** Whether a node is inside another, the focus owner being an editor inside a combo box. */
    private static final class DeskViewWithin {
        static boolean within(Node node, Node ancestor) {
            for (Node at = node; at != null; at = at.getParent()) {
                if (at == ancestor) {
                    return true;
                }
            }
            return false;
        }
    }
}
