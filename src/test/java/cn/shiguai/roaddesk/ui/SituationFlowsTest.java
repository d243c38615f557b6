package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desk must never contradict itself: every screen and the header show the one situation
 * of the day, whatever screen was open when it changed. Each test reproduces a bug a new user
 * met (issue 9) on a fresh in-memory desk.
 */
@ExtendWith(ApplicationExtension.class)
class SituationFlowsTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().roster().appointDutyOfficer("王海燕", DAY.minusDays(30), null, "系统");
        desk.office().roster().appointDutyOfficer("赵晓东", DAY.minusDays(30), null, "系统");
        MainWindow.show(stage, desk.context());
        // These flows begin where readings are typed; the desk opens on the duty board.
        desk.context().deskModel().screen().set(Screen.READINGS);
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    void theResponseScreenOpenedAfterReadingsShowsTheirLevel(FxRobot robot) throws TimeoutException {
        typeReading(robot, "石拐街道 包石公路 K35 大桥", "23", "-8");
        Label header = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "二级".equals(header.getText()));

        robot.clickOn("#nav-RESPONSE");
        Node screen = robot.lookup("#inForceBadge").query().getScene().getRoot();
        Label badge = robot.from(robot.lookup("#levelPanelHolder").queryAll()).lookup("#badge").queryAs(Label.class);
        FxWait.until(() -> "二级".equals(badge.getText()));
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.from(badge.getParent().getParent()).lookup(".explanation")
                .queryAs(TreeTableView.class);
        assertEquals(4, table.getRoot().getChildren().size(), "one row per level of the plan");
        assertTrue(screen.isVisible());
    }

    @Test
    void theHeaderAndTheLevelPanelNeverDisagree(FxRobot robot) throws TimeoutException {
        Label header = robot.lookup("#recommendedBadge").queryAs(Label.class);
        Label panel = robot.lookup("#badge").queryAs(Label.class);
        FxWait.until(() -> "无".equals(header.getText()) && "无".equals(panel.getText()));
        // What the officer sees is what each pulse lays out: at no pulse may the two say different things.
        List<String> disagreements = new ArrayList<>();
        robot.interact(() -> header.getScene().addPostLayoutPulseListener(() -> {
            if (!header.getText().equals(panel.getText())) {
                disagreements.add("header " + header.getText() + " / panel " + panel.getText());
            }
        }));
        typeReading(robot, "石拐街道 包石公路 K35 大桥", "23", "-8");
        FxWait.until(() -> "二级".equals(header.getText()) && "二级".equals(panel.getText()));
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theFirstRecommendationOfTheDayIsAnnouncedWithNoResponseInForce(FxRobot robot) throws TimeoutException {
        Label header = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "无".equals(header.getText()));
        typeReading(robot, "石拐街道 包石公路 K35 大桥", "23", "-8");
        Label band = robot.lookup("#alertText").queryAs(Label.class);
        FxWait.until(() -> band.getText().contains("二级"), band::getText);
        assertTrue(band.getText().contains("尚未启动响应") && band.isVisible(), band.getText());
        javafx.scene.control.Button counts = robot.lookup("#boardCounts").queryAs(javafx.scene.control.Button.class);
        assertTrue(counts.getText().contains("研判 1"), counts.getText());
    }

    private static void typeReading(FxRobot robot, String location, String snow, String mean) {
        robot.clickOn("#locationBox").write(location);
        robot.clickOn("#snowDepth").write(snow);
        robot.clickOn("#dailyMean").write(mean);
        robot.type(KeyCode.ENTER);
    }
}
