package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.board.ui.BoardRow;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.inputs.StationImport;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
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
 * A new orange 道路结冰 signal asks whether to start at discretion (§六(三)); the officer answers
 * from the board row with a reason, the answer is one log entry in words, and the question
 * leaves the board — on a desk started again too.
 */
@ExtendWith(ApplicationExtension.class)
class StartAnswerFlowTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private final TestClock clock = TestClock.at("2026-12-02T01:00:00Z");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        try (InputStream in = getClass().getResourceAsStream("/samples/cap/road-icing-orange.cap")) {
            desk.office().fileImports().importFile("road-icing-orange.cap", in.readAllBytes(),
                    StationImport.Channel.INBOX, "系统");
        } catch (IOException e) {
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
    void notNowWithAReasonIsLoggedAndTheQuestionLeavesTheBoard(FxRobot robot) throws Exception {
        TableView<BoardRow> items = question(robot);
        robot.clickOn("#startAnswer-NOT_NOW");
        Button save = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b
                && "记录答复".equals(b.getText())).queryButton();
        assertTrue(save.isDisabled(), "a reason is required");
        robot.clickOn("#startReason").write("路面已撒布融雪剂，各点未结冰");
        robot.clickOn(save);

        FxWait.until(() -> items.getItems().stream().noneMatch(BoardRow::urgent), () -> items.getItems().toString());
        assertTrue(items.getItems().stream().anyMatch(r -> r.text().startsWith("包头市气象台 发布的道路结冰橙色预警信号生效中")),
                "the signal stays listed, without the question");
        List<LogEntry> answers = desk.stores().log().day(DAY).stream()
                .filter(e -> e.category() == LogCategory.WARNING && e.text().contains("§六(三)")).toList();
        assertEquals(1, answers.size());
        assertEquals("王海燕 就包头市气象台发布的道路结冰橙色预警答复是否酌情启动响应（§六(三)）：暂不启动。"
                + "理由：路面已撒布融雪剂，各点未结冰", answers.get(0).text());
        assertEquals(Screen.BOARD, desk.context().deskModel().screen().get());
        try (Office again = Office.onCallingThread(desk.database(), TestDesk.RULES, clock)) {
            assertTrue(again.boardSources().read().answered().size() == 1, "answered after a restart too");
        }
    }

    @Test
    void startGoesOnToTheDecision(FxRobot robot) throws Exception {
        question(robot);
        robot.clickOn("#startAnswer-START");
        robot.clickOn("#startReason").write("K35 大桥已现薄冰，预计夜间加重");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> desk.context().deskModel().screen().get() == Screen.RESPONSE);
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text().contains("启动响应，转到响应决定。理由：K35")));
    }

    /** The board with the question chosen, and its dialog open by Enter. */
    @SuppressWarnings("unchecked")
    private TableView<BoardRow> question(FxRobot robot) throws Exception {
        TableView<BoardRow> items = robot.lookup("#items").queryAs(TableView.class);
        FxWait.until(() -> !items.getItems().isEmpty() && items.getItems().get(0).urgent()
                && items.getItems().get(0).text().startsWith("预警信号 道路结冰橙色：考虑是否酌情启动响应"),
                () -> items.getItems().toString());
        TopWindow.focus(robot);
        robot.interact(() -> {
            items.requestFocus();
            items.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#startReason").tryQuery().isPresent());
        return items;
    }
}
