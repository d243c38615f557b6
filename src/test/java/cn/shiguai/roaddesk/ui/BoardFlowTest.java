package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.BoardItem.Kind;
import cn.shiguai.roaddesk.board.ui.BoardRow;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 值班看板 on a store prepared with one of everything that waits: a level III response started at
 * 08:30 while the plan now recommends II, a point silent since 08:00, measures not started, one
 * impossible, a callback overdue, the report to superiors due at 12:30 and an orange 暴雪 warning
 * signal in force. It is 12:00.
 */
@ExtendWith(ApplicationExtension.class)
class BoardFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    static final ZoneId SHIGUAI = ZoneId.of("Asia/Shanghai");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(DAY.atTime(12, 0).atZone(SHIGUAI).toInstant(), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().readings().save(ReadingDraft.of(Observation.at("白狐沟 石五线 K3", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        desk.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), ResponseLevel.III, DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null), DAY.atTime(8, 30).atZone(SHIGUAI).toInstant(), "王海燕");
        desk.office().readings().save(ReadingDraft.of(Observation.at("石拐街道 包石公路 K35 大桥", DAY.atTime(11, 50))
                .snowDepthCm(23.0).airTempC(-8.0).build()), "王海燕");
        OwedItem first = desk.office().measures().owed().get(0);
        desk.office().measures().update(first, new MeasureBoard.StatusReport(first.assignmentId(), MeasureStatus.CANNOT,
                "李新明", "除雪车故障，待修", DAY.atTime(11, 40).atZone(SHIGUAI).toInstant(), "王海燕"));
        desk.stores().calls().record(LogDraft.of("王海燕", LogCategory.PHONE_IN, "询问包石公路是否封闭")
                        .occurredAt(DAY.atTime(11, 0).atZone(SHIGUAI).toInstant()),
                new PhoneCall(PhoneCall.Direction.IN, "张建国", "石拐镇", "0472-1234567",
                        DAY.atTime(11, 30).atZone(SHIGUAI).toInstant()));
        try (var in = getClass().getResourceAsStream("/samples/cap/blizzard-orange.cap")) {
            desk.office().fileImports().importFile("blizzard-orange.cap", in.readAllBytes(),
                    cn.shiguai.roaddesk.inputs.StationImport.Channel.INBOX, "系统");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoardListsEachKindAndARowOpensWhereItIsDealtWith(FxRobot robot) throws TimeoutException {
        TopWindow.focus(robot);
        TableView<BoardRow> items = robot.lookup("#items").queryAs(TableView.class);
        // Every kind but a silent web source: this office polls none.
        FxWait.until(() -> kinds(items).size() == Kind.values().length - 1, () -> kinds(items).toString());
        assertTrue(items.getItems().get(0).urgent(), "the urgent first");
        assertTrue(items.getItems().stream().anyMatch(r -> r.text().equals("逾期未回电：张建国（约定 11:30）")));
        assertTrue(items.getItems().stream().anyMatch(r -> r.text().equals("上报须于 12:30 前签发")));
        assertTrue(items.getItems().stream().anyMatch(r -> r.text().startsWith("白狐沟 石五线 K3 已 4 小时 0 分 未报告")));
        Button counts = robot.lookup("#boardCounts").queryAs(Button.class);
        assertTrue(counts.getText().contains("研判 1") && counts.getText().contains("回电 1")
                && counts.getText().contains("无法完成 1"), counts.getText());
        // Ctrl+T: to the screen's main table, first row chosen, wherever the focus was.
        robot.interact(() -> {
            items.getSelectionModel().clearSelection();
            counts.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        FxWait.until(() -> items.isFocused() && items.getSelectionModel().getSelectedIndex() == 0);

        open(robot, items, Kind.STALE_POINT);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.READINGS);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.BOARD);
        open(robot, items, Kind.CALLBACK);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.DUTY_LOG);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        open(robot, items, Kind.MEASURE_CANNOT);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.MEASURES);
    }

    @Test
    void theAlertsBandShowsUntilAcknowledgedByKeyboardAndTheLogSaysWhoSawWhat(FxRobot robot) throws TimeoutException {
        Label band = robot.lookup("#alertText").queryAs(Label.class);
        FxWait.until(() -> band.getText().contains("条提醒待确认"), band::getText);
        assertTrue(robot.lookup("#alertBand").query().isVisible());
        assertTrue(((Stage) band.getScene().getWindow()).getTitle().startsWith("⚠ 提醒"),
                "the task bar shows the count while alerts wait");
        Label notification = robot.lookup("#alertPopupText").queryAs(Label.class);
        javafx.scene.Node panel = robot.lookup("#alertNotification").query();
        FxWait.until(() -> panel.isVisible() && notification.getText().contains("逾期未回电：张建国"),
                notification::getText);
        TopWindow.focus(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> !robot.lookup("#alertBand").query().isVisible());
        assertFalse(panel.isVisible(), "the notification goes with the acknowledgement");
        List<LogEntry> entries = desk.stores().log().list(cn.shiguai.roaddesk.dutylog.LogQuery
                .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).withCategories(Set.of(LogCategory.ALERT)));
        assertEquals(1, entries.size());
        assertEquals("王海燕", entries.get(0).author());
        assertTrue(entries.get(0).text().startsWith("确认提醒 ") && entries.get(0).text().contains("逾期未回电：张建国"),
                entries.get(0).text());
        assertFalse(((Stage) band.getScene().getWindow()).getTitle().startsWith("⚠"));
    }

    private static List<Kind> kinds(TableView<BoardRow> items) {
        return items.getItems().stream().map(r -> r.item().kind()).distinct().toList();
    }

    /** Selects the first row of the kind in the board's table and presses Enter there. */
    private static void open(FxRobot robot, TableView<BoardRow> items, Kind kind) {
        FxWait.until(() -> desk(robot) && kinds(items).contains(kind), () -> kinds(items).toString());
        robot.interact(() -> {
            items.requestFocus();
            for (int i = 0; i < items.getItems().size(); i++) {
                if (items.getItems().get(i).item().kind() == kind) {
                    items.getSelectionModel().select(i);
                    return;
                }
            }
        });
        robot.type(KeyCode.ENTER);
    }

    private static boolean desk(FxRobot robot) {
        return robot.lookup("#items").tryQuery().map(n -> n.isVisible()).orElse(false);
    }
}
