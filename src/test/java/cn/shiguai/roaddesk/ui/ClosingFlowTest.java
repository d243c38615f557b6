package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
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
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window while a response is in force is asked about; Esc keeps the desk open. */
@ExtendWith(ApplicationExtension.class)
class ClosingFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        desk.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), ResponseLevel.III, DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null),
                DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "王海燕");
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    void closingDuringAResponseIsAskedAndEscKeepsTheDeskOpen(FxRobot robot) throws TimeoutException {
        Label active = robot.lookup("#activeBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(active.getText()));
        assertEquals(1024, stage.getMinWidth(), "the window is never narrower than its header needs");
        assertEquals(700, stage.getMinHeight());
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(() -> robot.lookup("#closeConfirmation").tryQuery().isPresent());
        String question = robot.lookup("#closeConfirmation").queryAs(DialogPane.class).getHeaderText();
        assertTrue(question.startsWith("三级响应（较大）自 2026-01-12 09:00 起仍在执行"), question);
        TopWindow.focus(robot);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#closeConfirmation").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "继续值班 keeps the window");
    }
}
