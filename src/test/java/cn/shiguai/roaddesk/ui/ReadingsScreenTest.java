package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.ui.ExplanationRow;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.weather.ui.ReadingRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, driven as a duty officer would: type a reading, press Enter, see the level. */
@ExtendWith(ApplicationExtension.class)
class ReadingsScreenTest {
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T00:30:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王值班");
        MainWindow.show(stage, desk.context());
        // These flows begin where readings are typed; the desk opens on the duty board.
        desk.context().deskModel().screen().set(Screen.READINGS);
    }

    @AfterEach
    void stopWorker() {
        tasks.close();
        desk.close();
    }

    @Test
    void typingAReadingChangesTheBadgeAndTheExplanation(FxRobot robot) throws TimeoutException {
        Label badge = robot.lookup(".level-badge").queryAs(Label.class);
        FxWait.until(() -> "无".equals(badge.getText()));

        robot.clickOn("#locationBox").write("石拐 主干道 K35");
        robot.clickOn("#snowDepth").write("23.5");
        robot.clickOn("#dailyMean").write("-9");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> "二级".equals(badge.getText()));
        assertTrue(badge.getStyleClass().contains("level-ii"));
        assertEquals("达到二级响应（重大）：积雪深度 23.5 厘米（石拐 主干道 K35 · 1月12日 08:30）；日平均气温 -9 ℃",
                robot.lookup(".verdict").queryAs(Label.class).getText());
        ExplanationRow snowII = clause(robot, 1, "积雪深度");
        assertEquals("23.5 厘米", snowII.observed());
        assertEquals("≥ 20 厘米", snowII.threshold());
        assertEquals("满足", snowII.truthText());
        assertEquals("积雪深度在 20 厘米以上", snowII.quote());
        assertTrue(robot.lookup(".next-level").queryAs(Label.class).getText().startsWith("一级需积雪深度 ≥ 30 厘米"));

        // A second location with 3 cm of ice raises the level: the worst point decides.
        robot.clickOn("#locationBox").write("大发街道 坡道");
        robot.clickOn("#iceThickness").write("3");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> "一级".equals(badge.getText()));
        assertTrue(badge.getStyleClass().contains("level-i"));
        TableView<ReadingRow> table = robot.lookup("#table").queryTableView();
        assertEquals(2, table.getItems().size());
        assertEquals("大发街道 坡道", table.getItems().get(0).location());
    }

    @Test
    void invalidInputIsRefusedWithTheReasonAndTheRange(FxRobot robot) throws TimeoutException {
        Label badge = robot.lookup(".level-badge").queryAs(Label.class);
        FxWait.until(() -> "无".equals(badge.getText()));
        robot.clickOn("#locationBox").write("白狐沟 K8");
        robot.clickOn("#snowDepth").write("-3");

        TextField snow = robot.lookup("#snowDepth").queryAs(TextField.class);
        Label problems = robot.lookup(".form-problems").queryAs(Label.class);
        FxWait.until(problems::isVisible);
        assertEquals("积雪深度：超出范围，应在 0–300 厘米", problems.getText());
        FxWait.until(() -> snow.getStyleClass().contains("error"));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(desk.stores().readings().recent(10).isEmpty(), "nothing invalid may reach the store or the engine");
        assertEquals("无", badge.getText());
        assertEquals("-3", snow.getText(), "what was typed stays for correction");

        robot.doubleClickOn("#snowDepth").eraseText(2).write("１２");
        FxWait.until(() -> !snow.getStyleClass().contains("error"));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> "四级".equals(badge.getText()));
    }

    /** The stale threshold is the office's setting: the screen states it and follows a change made in the settings. */
    @Test
    void theStaleRuleShowsTheSettingAndFollowsItsChange(FxRobot robot) throws TimeoutException {
        Label rule = robot.lookup("#staleRule").queryAs(Label.class);
        FxWait.until(() -> rule.getText().startsWith("超过 3 小时未报告标为过时"));
        new DeskSettings(desk.stores().settings()).setStaleHours(6, "王值班");
        desk.office().changes().publish(Change.SETTINGS);
        FxWait.until(() -> rule.getText().startsWith("超过 6 小时未报告标为过时"));
        assertTrue(rule.getText().contains("设置"), "says where to change it: " + rule.getText());
    }

    private static ExplanationRow clause(FxRobot robot, int levelIndex, String label) {
        @SuppressWarnings("unchecked")
        TreeTableView<ExplanationRow> table = robot.lookup(".explanation").queryAs(TreeTableView.class);
        TreeItem<ExplanationRow> level = table.getRoot().getChildren().get(levelIndex);
        return level.getChildren().stream().map(TreeItem::getValue).filter(r -> r.label().equals(label))
                .findFirst().orElseThrow();
    }
}
