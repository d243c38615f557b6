package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.users.TestUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, item 2, "the window shows only what the role may do": each role signs in and the
 * screens show the buttons of its permissions and none of the others (the services refuse the
 * rest anyway: RoleMatrixTest). One user after another at the same window, as at a real desk.
 */
@ExtendWith(ApplicationExtension.class)
class ShownForRoleTest {
    private static final String PASSWORD = "这是一个足够长的密码";
    /** A button of each screen and the permission it needs. */
    private static final Map<String, Screen> BUTTONS = new LinkedHashMap<>();

    static {
        BUTTONS.put("#draftButton", Screen.DOCUMENTS);
        BUTTONS.put("#issueButton", Screen.DOCUMENTS);
        BUTTONS.put("#reviewButton", Screen.DOCUMENTS);
        BUTTONS.put("#decideButton", Screen.RESPONSE);
        BUTTONS.put("#changeButton", Screen.ROSTER);
        BUTTONS.put("#saveBoard", Screen.SETTINGS);
        BUTTONS.put("#handOverButton", Screen.SETTINGS);
    }

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final java.util.List<String> headers = new java.util.ArrayList<>();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        var users = TestUsers.users(desk.database(), desk.stores().log(), () -> desk.office().roster().roster());
        users.add("王海燕", Role.DUTY_OFFICER, null, PASSWORD.toCharArray(), Actor.system());
        users.add("刘雪峰", Role.DIRECTOR, null, PASSWORD.toCharArray(), Actor.system());
        users.add("admin", Role.ADMIN, null, PASSWORD.toCharArray(), Actor.system());
        MainWindow.show(stage, desk.context());
        desk.context().signIn().open();
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    private Map<String, Boolean> shownTo(FxRobot robot, String user) throws TimeoutException {
        Node layer = robot.lookup("#signInLayer").query();
        FxWait.until(() -> robot.lookup("#signInName").tryQuery().isPresent() && layer.isVisible());
        robot.interact(() -> desk.context().signIn().signIn(user, PASSWORD.toCharArray()));
        FxWait.until(() -> desk.context().signIn().mode().get() != cn.shiguai.roaddesk.users.ui.SignInModel.Mode.SIGN_IN);
        if (robot.lookup("#handoverConfirm").tryQuery().isPresent()) {
            robot.interact(() -> desk.context().signIn().confirmHandover(""));
        }
        FxWait.until(() -> !layer.isVisible());
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Screen> button : BUTTONS.entrySet()) {
            robot.interact(() -> desk.context().deskModel().screen().set(button.getValue()));
            Node node = robot.lookup(button.getKey()).query();
            shown.put(button.getKey(), node.isVisible() && node.isManaged());
        }
        headers.add(robot.lookup("#user").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> desk.context().signIn().lock());
        return shown;
    }

    @Test
    void eachRoleSeesTheButtonsOfItsPermissionsOnly(FxRobot robot) throws TimeoutException {
        assertEquals(Map.of("#draftButton", true, "#issueButton", false, "#reviewButton", true, "#decideButton", true,
                "#changeButton", false, "#saveBoard", false, "#handOverButton", true), shownTo(robot, "王海燕"));
        assertEquals(Map.of("#draftButton", true, "#issueButton", true, "#reviewButton", true, "#decideButton", true,
                "#changeButton", false, "#saveBoard", false, "#handOverButton", true), shownTo(robot, "刘雪峰"));
        assertEquals(Map.of("#draftButton", false, "#issueButton", false, "#reviewButton", false, "#decideButton", false,
                "#changeButton", true, "#saveBoard", true, "#handOverButton", false), shownTo(robot, "admin"));
        // The header names who sits at the desk when it is not the officer on duty.
        assertEquals(java.util.List.of("值班：王海燕", "值班：王海燕 · 登录：应急办主任 刘雪峰", "值班：王海燕 · 登录：管理员 admin"),
                headers);
    }
}
