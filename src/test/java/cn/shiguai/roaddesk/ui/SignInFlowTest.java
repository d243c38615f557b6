package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.users.TestUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * Issue 14, item 4 in the window, by keyboard: the first start's form, Ctrl+L, the lock that
 * hides the desk and lets no shortcut through, the same officer's return with what they had
 * typed still there, and another officer's sign-in as a handover they confirm.
 */
@ExtendWith(ApplicationExtension.class)
class SignInFlowTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        MainWindow.show(stage, desk.context());
        desk.context().signIn().open();
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    private static void typeIn(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.write(text);
    }

    private String lastEntry() {
        List<LogEntry> day = desk.stores().log().day(DAY);
        return day.get(day.size() - 1).text();
    }

    @Test
    void firstStartLockReturnAndHandover(FxRobot robot) throws TimeoutException {
        Node layer = robot.lookup("#signInLayer").query();
        FxWait.until(() -> robot.lookup("#adminName").tryQuery().isPresent());
        assertTrue(layer.isVisible());
        assertFalse(deskVisible(robot), "the desk is covered");
        assertTrue(desk.office().seat().isLocked(), "nothing is written before someone signs in");

        // The first start, typed field after field; Enter in the last one starts the desk.
        typeIn(robot, "#adminName", "admin");
        robot.type(KeyCode.TAB);
        robot.write("管理员的密码很长很长");
        robot.type(KeyCode.TAB);
        robot.write("管理员的密码很长很长");
        robot.type(KeyCode.TAB);
        robot.write("李春梅");
        robot.type(KeyCode.TAB);
        robot.write("李春梅的密码也够长了");
        robot.type(KeyCode.TAB);
        robot.write("李春梅的密码也够长了");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !layer.isVisible());
        assertEquals("李春梅", desk.office().seat().actor().person());
        assertEquals("值班员 李春梅 在值班台登录", lastEntry());

        // Something typed in the duty log, then Ctrl+L: the desk is hidden, its shortcuts do nothing.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.DUTY_LOG);
        TextArea text = robot.lookup("#newText").queryAs(TextArea.class);
        robot.clickOn(text).write("21:40 交警大队来电");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        FxWait.until(layer::isVisible);
        FxWait.until(() -> desk.office().seat().isLocked());
        assertTrue(robot.lookup("#signInTitle").queryAs(Label.class).getText().startsWith("值班台已锁定：李春梅"));
        assertFalse(deskVisible(robot), "a locked desk shows no records");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(Screen.DUTY_LOG, desk.context().deskModel().screen().get(), "no shortcut reaches a locked desk");

        // The same officer: the password alone (the name is offered), and the typed text is still there.
        robot.write("李春梅的密码也够长了");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !layer.isVisible());
        assertEquals("21:40 交警大队来电", text.getText(), "what was typed survives the lock");

        // Another officer after a lock: a handover to confirm, with its note.
        TestUsers.users(desk.database(), desk.stores().log(), () -> desk.office().roster().roster())
                .add("赵晓东", Role.DUTY_OFFICER, null, "赵晓东的密码够长了吧".toCharArray(), Actor.system());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        FxWait.until(layer::isVisible);
        interactClear(robot);
        robot.clickOn("#signInName");
        robot.write("赵晓东");
        robot.type(KeyCode.ENTER);
        robot.write("赵晓东的密码够长了吧");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#handoverNote").tryQuery().isPresent());
        assertTrue(robot.lookup("#signInTitle").queryAs(Label.class).getText()
                .startsWith("交接班：李春梅 交班，赵晓东 接班"));
        assertTrue(desk.office().seat().isLocked(), "until confirmed, nobody writes");
        robot.clickOn("#handoverNote").write("K12 弯道临时管制仍在执行");
        // Tab leaves the note (no tab character typed into it).
        robot.type(KeyCode.TAB);
        FxWait.until(() -> !robot.lookup("#handoverNote").query().isFocused());
        assertEquals("K12 弯道临时管制仍在执行", robot.lookup("#handoverNote").queryAs(TextArea.class).getText());
        robot.clickOn("#handoverConfirm");
        FxWait.until(() -> !layer.isVisible());
        assertEquals("赵晓东", desk.office().officer().name());
        assertEquals("赵晓东", desk.office().seat().actor().person());
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text()
                .equals("值班交接：李春梅 交班，赵晓东 接班。交接事项：K12 弯道临时管制仍在执行")));
    }

    @Test
    void aHandoverWrittenAtTheSettingsIsAcknowledgedItemByItemByTheNextOfficer(FxRobot robot) throws TimeoutException {
        Node layer = robot.lookup("#signInLayer").query();
        FxWait.until(() -> robot.lookup("#adminName").tryQuery().isPresent());
        robot.interact(() -> desk.context().signIn().beginDesk("admin", "管理员的密码很长很长".toCharArray(),
                "管理员的密码很长很长".toCharArray(), "李春梅", "李春梅的密码也够长了".toCharArray(),
                "李春梅的密码也够长了".toCharArray()));
        FxWait.until(() -> !layer.isVisible());
        // 12 cm at 08:00: level III recommended with none in force.
        desk.office().readings().save(cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                .at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0)).snowDepthCm(12.0).airTempC(-7.0).build()), "李春梅");
        TestUsers.users(desk.database(), desk.stores().log(), () -> desk.office().roster().roster())
                .add("赵晓东", Role.DUTY_OFFICER, null, "赵晓东的密码够长了吧".toCharArray(), Actor.system());

        // The outgoing officer: the settings screen lists what is open; the summary, Enter, and the seat locks.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        Label open = robot.lookup("#openItems").queryAs(Label.class);
        FxWait.until(() -> open.getText().startsWith("1. "), open::getText);
        robot.clickOn("#shiftSummary").write("K12 弯道临时管制仍在执行");
        robot.type(KeyCode.ENTER);
        FxWait.until(layer::isVisible);
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text()
                .startsWith("值班员 李春梅 交班。交班摘要：K12 弯道临时管制仍在执行。")));

        // The incoming officer signs in, reads the summary and ticks each item with Space, Tab between.
        interactClear(robot);
        robot.clickOn("#signInName").write("赵晓东");
        robot.type(KeyCode.ENTER);
        robot.write("赵晓东的密码够长了吧");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#handoverItem0").tryQuery().isPresent());
        assertTrue(robot.lookup("#handoverSummary").queryAs(Label.class).getText().contains("K12 弯道临时管制仍在执行"));
        int items = robot.lookup("#handoverItems .check-box").queryAll().size();
        assertTrue(items >= 1, "the recommendation differing from the level at least");
        javafx.scene.control.Button confirm = robot.lookup("#handoverConfirm").queryButton();
        FxWait.until(() -> robot.lookup("#handoverItem0").query().isFocused());
        for (int i = 0; i < items; i++) {
            assertTrue(confirm.isDisabled(), "not every item is acknowledged yet");
            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.TAB);
        }
        assertFalse(confirm.isDisabled());
        // Back on the last box, as an officer who just ticked it: Enter confirms (found under Xvfb,
        // where Enter on the box unticked it instead).
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        FxWait.until(() -> robot.lookup("#handoverItem" + (items - 1)).query().isFocused());
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !layer.isVisible());
        assertEquals("赵晓东", desk.office().officer().name());
        Label user = robot.lookup("#user").queryAs(Label.class);
        FxWait.until(() -> user.getText().contains("赵晓东"), user::getText);
        // The settings screen, open under the layer the whole time, names the new officer too.
        Label current = robot.lookup("#currentOfficer").queryAs(Label.class);
        FxWait.until(() -> "赵晓东".equals(current.getText()), current::getText);
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text()
                .startsWith("值班员 赵晓东 接班，逐项确认未结事项 " + items + " 项：1. ")));
        assertEquals(cn.shiguai.roaddesk.report.DocumentKind.HANDOVER_SHEET,
                desk.office().documents().list().get(0).kind(), "the sheet is filed with the documents");
    }

    private static boolean deskVisible(FxRobot robot) {
        Node n = robot.lookup("#header").query();
        while (n != null) {
            if (!n.isVisible()) {
                return false;
            }
            n = n.getParent();
        }
        return true;
    }

    private static void interactClear(FxRobot robot) {
        Platform.runLater(() -> robot.lookup("#signInName").queryTextInputControl().clear());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
