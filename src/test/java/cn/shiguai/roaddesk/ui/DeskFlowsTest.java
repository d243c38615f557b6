package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.ui.MeasureRow;
import cn.shiguai.roaddesk.measures.ui.PositionGroup;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * The desk driven as its users would, headless, on a fresh in-memory database: the duty
 * officer records readings, the director starts level III, units' reports update measures, the
 * log is written and corrected, the roster changes. Each flow checks what the screens show and
 * what the store and the duty log hold afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class DeskFlowsTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().roster().appointDutyOfficer("王海燕", DAY.minusDays(30), null, "系统");
        // 12 cm at one point with a cold day: the plan recommends level III.
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
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
    void aReadingChangesTheHeadersRecommendation(FxRobot robot) throws TimeoutException {
        Label recommended = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(recommended.getText()));
        robot.clickOn("#locationBox").write("石拐街道 包石公路 K35 大桥");
        robot.clickOn("#snowDepth").write("21");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> "二级".equals(recommended.getText()));
        assertTrue(recommended.getStyleClass().contains("level-ii"));
        assertEquals("未启动响应", robot.lookup("#activeText").queryAs(Label.class).getText());
    }

    @Test
    void theDirectorStartsLevelThreeAndTheMeasuresAppearByPosition(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-RESPONSE");
        robot.clickOn("#decideButton");
        FxWait.until(() -> robot.lookup("#decider").tryQuery().isPresent());
        chooseDecider(robot, "刘雪峰", cn.shiguai.roaddesk.response.Capacity.OFFICE_DIRECTOR);
        robot.clickOn("#reason").write("五当召旅游公路积雪 12 厘米，景区道路车辆较多");
        Button record = robot.lookup("#recordDecision").queryButton();
        FxWait.until(() -> !record.isDisabled());
        robot.clickOn(record);
        // One click does not record a level: the summary is asked first.
        FxWait.until(() -> robot.lookup("#decisionConfirmation").tryQuery().isPresent());
        String question = robot.lookup("#decisionConfirmation").queryAs(DialogPane.class).getHeaderText();
        assertTrue(question.startsWith("以刘雪峰（应急办公室主任）名义启动三级响应"), question);
        assertTrue(question.contains("理由：五当召旅游公路积雪 12 厘米"), question);
        assertTrue(desk.stores().log().day(DAY).stream().noneMatch(e -> e.category() == LogCategory.DECISION),
                "nothing is recorded before the confirmation");
        robot.clickOn("确认记录");

        Label active = robot.lookup("#inForceBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(active.getText()));
        String inForce = robot.lookup("#inForceText").queryAs(Label.class).getText();
        assertTrue(inForce.contains("刘雪峰（应急办公室主任）"), inForce);
        Label header = robot.lookup("#activeBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(header.getText()));

        robot.clickOn("#nav-MEASURES");
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.lookup(".measures-table").queryAs(TreeTableView.class);
        FxWait.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        List<String> positions = table.getRoot().getChildren().stream()
                .map(i -> ((PositionGroup) i.getValue()).positionKey()).toList();
        assertTrue(positions.containsAll(List.of("TRANSPORT", "TRAFFIC_POLICE", "EMERGENCY_OFFICE")), positions.toString());
        // III.2 (patrol the roads) is the transport bureau's, with 李新明 holding the post.
        PositionGroup transport = (PositionGroup) table.getRoot().getChildren().stream()
                .filter(i -> ((PositionGroup) i.getValue()).positionKey().equals("TRANSPORT")).findFirst().orElseThrow()
                .getValue();
        assertEquals("李新明", transport.holder());
        assertTrue(transport.rows().stream().anyMatch(r -> r.item().itemId().equals("III.2")));
        List<LogEntry> decisions = desk.stores().log().day(DAY).stream()
                .filter(e -> e.category() == LogCategory.DECISION).toList();
        assertEquals(1, decisions.size());
        assertTrue(decisions.get(0).text().contains("启动三级响应"), decisions.get(0).text());
    }

    @Test
    void aDutyOfficerStartingLevelTwoIsRefused(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-RESPONSE");
        robot.clickOn("#decideButton");
        FxWait.until(() -> robot.lookup("#decisionLevel").tryQuery().isPresent());
        // The level chosen directly: what is tested is the refusal, not the drop-down's animation.
        robot.interact(() -> robot.lookup("#decisionLevel").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(cn.shiguai.roaddesk.rules.ResponseLevel.II));
        chooseDecider(robot, "王海燕", cn.shiguai.roaddesk.response.Capacity.DUTY_OFFICER);
        robot.clickOn("#orderedBy").write("刘雪峰");
        robot.clickOn("#reason").write("预报有暴雪");
        Label problems = robot.lookup("#decisionProblems").queryAs(Label.class);
        FxWait.until(() -> problems.getText().contains("由领导小组作出"), () -> problems.getText() + " / level "
                + robot.lookup("#decisionLevel").queryComboBox().getValue() + " / decider "
                + robot.lookup("#decider").queryComboBox().getValue());
        assertTrue(robot.lookup("#recordDecision").queryButton().isDisabled());
        robot.type(KeyCode.ESCAPE);
        // Something was typed: Esc asks before throwing it away, and 放弃 closes. (Headless
        // Monocle gives a question opened from a key handler no keyboard, so it is clicked.)
        FxWait.until(() -> robot.lookup("#discardConfirmation").tryQuery().isPresent());
        robot.clickOn("放弃");
        FxWait.until(() -> robot.lookup("#decider").tryQuery().isEmpty());
        assertTrue(desk.stores().responses().active().isEmpty(), "nothing may be recorded");
    }

    @Test
    void aMeasureUpdateIsShownAndLogged(FxRobot robot) throws TimeoutException {
        startLevelThreeAsDirector();
        robot.clickOn("#nav-MEASURES");
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.lookup(".measures-table").queryAs(TreeTableView.class);
        FxWait.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        robot.clickOn("III.2 道路巡查维护、排险");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#updateStatus").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#updateNote").write("包石公路全线巡查完毕");
        robot.clickOn("#saveUpdate");
        FxWait.until(() -> desk.stores().measures().owed().stream()
                .anyMatch(i -> i.itemId().equals("III.2") && i.status() == MeasureStatus.DONE));
        OwedItem done = desk.stores().measures().owed().stream().filter(i -> i.itemId().equals("III.2")).findFirst().orElseThrow();
        assertEquals("李新明", done.reportedBy());
        FxWait.until(() -> robot.lookup("✔ 已完成").tryQuery().isPresent());
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.MEASURE
                && e.text().contains("III.2") && e.text().contains("已完成") && e.text().contains("区交通运输局局长")));
    }

    @Test
    void aMeasureIsUpdatedByKeyboardAndSaveAndNextGoesOnWithoutLosingInput(FxRobot robot) throws TimeoutException {
        startLevelThreeAsDirector();
        robot.clickOn("#nav-MEASURES");
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.lookup(".measures-table").queryAs(TreeTableView.class);
        FxWait.until(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        robot.clickOn("III.2 道路巡查维护、排险");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#updateStatus").tryQuery().map(Node::isFocused).orElse(false));
        TopWindow.focus(robot);
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.TAB, 3);
        robot.write("巡查完毕");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("下午再查");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> desk.stores().measures().owed().stream()
                .anyMatch(i -> i.itemId().equals("III.2") && i.status() == MeasureStatus.DONE));
        assertEquals("巡查完毕\n下午再查", desk.stores().measures().owed().stream()
                .filter(i -> i.itemId().equals("III.2")).findFirst().orElseThrow().note());
        FxWait.until(() -> robot.lookup("#updateStatus").tryQuery().isEmpty());
        assertTrue(table.getSelectionModel().getSelectedItem().getValue() instanceof MeasureRow row
                && row.item().itemId().equals("III.2"), "the selection stays on the saved measure");

        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#saveUpdateNext").tryQuery().isPresent());
        TopWindow.focus(robot);
        robot.clickOn("#saveUpdateNext");
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().map(p -> !((DialogPane) p).getHeaderText()
                .startsWith("III.2")).orElse(false));
        TopWindow.focus(robot);
        robot.type(KeyCode.TAB, 3);
        robot.write("电话未接通");
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#discardConfirmation").tryQuery().isPresent());
        robot.clickOn("继续填写");
        FxWait.until(() -> robot.lookup("#discardConfirmation").tryQuery().isEmpty());
        assertEquals("电话未接通", robot.lookup("#updateNote").queryAs(javafx.scene.control.TextArea.class).getText(),
                "继续填写 keeps what was typed");
        TopWindow.focus(robot);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxWait.until(() -> desk.stores().measures().owed().stream()
                .anyMatch(i -> !i.itemId().equals("III.2") && "电话未接通".equals(i.note())));
    }

    @Test
    void aLogEntryIsAddedAndCorrected(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-DUTY_LOG");
        robot.clickOn("#caller").write("李新明");
        robot.clickOn("#unit").write("区交通运输局");
        robot.clickOn("#newText").write("K35 大桥积雪 12 厘米");
        robot.type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#table").queryAs(TableView.class);
        String written = "李新明（区交通运输局）：K35 大桥积雪 12 厘米";
        FxWait.until(() -> robot.lookup(written).tryQuery().isPresent());
        assertEquals(LogCategory.PHONE_IN, desk.stores().log().get(desk.stores().log().verify().count()).orElseThrow()
                .category());
        robot.clickOn(written);
        robot.clickOn("#correctButton");
        FxWait.until(() -> robot.lookup("#correctionText").tryQuery().isPresent());
        robot.doubleClickOn("#correctionText").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("李新明（区交通运输局）：K35 大桥积雪 21 厘米");
        robot.clickOn("#correctionReason").write("电话中听错了数字");
        robot.clickOn("写入更正");
        FxWait.until(() -> desk.stores().log().day(DAY).stream().anyMatch(e -> e.correctsSeq() != null));
        LogEntry correction = desk.stores().log().day(DAY).stream().filter(e -> e.correctsSeq() != null).findFirst().orElseThrow();
        assertEquals("电话中听错了数字", correction.reason());
        LogEntry original = desk.stores().log().get(correction.correctsSeq()).orElseThrow();
        assertEquals(written, original.text(), "the original stays as written");
        assertTrue(original.isCorrected());
        FxWait.until(() -> table.getItems().size() >= 2
                && robot.lookup(n -> n instanceof Label == false && n.getStyleClass().contains("corrected")).tryQuery().isPresent());
        assertTrue(desk.stores().log().verify().intact());
    }

    @Test
    void aRosterHolderIsChangedAndTheOldTermKept(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-ROSTER");
        FxWait.until(() -> robot.lookup("区交通运输局局长").tryQuery().isPresent());
        robot.clickOn("区交通运输局局长");
        robot.clickOn("#newHolder").write("赵志刚");
        robot.clickOn("#newNote").write("区委任命");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> desk.stores().roster().roster().holderOn("TRANSPORT", DAY).map(t -> t.person()).orElse("")
                .equals("赵志刚"));
        assertEquals("李新明", desk.stores().roster().roster().holderOn("TRANSPORT", DAY.minusDays(1)).orElseThrow().person());
        FxWait.until(() -> robot.lookup("赵志刚").tryQuery().isPresent());
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.ROSTER
                && e.text().contains("区交通运输局局长") && e.text().contains("赵志刚")));
    }

    @Test
    void aChangedRecommendationDuringAResponseIsFlaggedAndTheLevelStays(FxRobot robot) throws TimeoutException {
        startLevelThreeAsDirector();
        Label differs = robot.lookup("#differs").queryAs(Label.class);
        Label active = robot.lookup("#activeBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(active.getText()));
        assertFalse(differs.isVisible());
        desk.office().readings().save(ReadingDraft.of(Observation.at("石拐街道 包石公路 K35 大桥", DAY.atTime(9, 30))
                .snowDepthCm(22.0).build()), "王海燕");
        FxWait.until(differs::isVisible);
        assertTrue(differs.getText().contains("建议高于当前响应"), differs.getText());
        Node status = robot.lookup(".status-text").query();
        assertTrue(((Label) status).getText().contains("不会自动改变"), ((Label) status).getText());
        assertEquals("三级", active.getText(), "the level in force never changes by itself");
    }

    /** The decider list is long (every group member in each capacity): choose by value, as keyboard selection would. */
    @SuppressWarnings("unchecked")
    private static void chooseDecider(FxRobot robot, String person, cn.shiguai.roaddesk.response.Capacity capacity) {
        var box = robot.lookup("#decider").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(box);
        robot.interact(() -> {
            Object candidate = box.getItems().stream().filter(c -> c.toString().contains(person)
                    && c.toString().contains(capacity.name())).findFirst().orElseThrow();
            box.getSelectionModel().select(candidate);
            box.hide();
        });
    }

    private void startLevelThreeAsDirector() throws TimeoutException {
        var evaluation = desk.office().situation().evaluationOf(desk.stores().readings().inputFor(DAY));
        desk.office().responses().decide(new cn.shiguai.roaddesk.response.DecisionRequest(
                cn.shiguai.roaddesk.response.Decision.start(cn.shiguai.roaddesk.rules.ResponseLevel.III), evaluation.level(),
                DAY, "刘雪峰", cn.shiguai.roaddesk.response.Capacity.OFFICE_DIRECTOR, null, null),
                DAY.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), "王海燕");
        FxWait.until(() -> desk.stores().responses().active().isPresent());
    }
}
