package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window with a reading typed and not saved is asked about; Esc keeps the input. */
@ExtendWith(ApplicationExtension.class)
class ClosingWithInputTest {
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        MainWindow.show(stage, desk.context());
        desk.context().deskModel().screen().set(cn.shiguai.roaddesk.desk.Screen.READINGS);
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    void closingWithAReadingTypedAndNotSavedIsAskedAndEscKeepsIt(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> robot.lookup("#snowDepth").tryQuery().isPresent());
        robot.clickOn("#snowDepth").write("12");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(() -> robot.lookup("#closeConfirmation").tryQuery().isPresent());
        String question = robot.lookup("#closeConfirmation").queryAs(DialogPane.class).getHeaderText();
        assertTrue(question.startsWith("「天气与路况」中有尚未保存的输入"), question);
        TopWindow.focus(robot);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#closeConfirmation").tryQuery().isEmpty());
        assertTrue(stage.isShowing());
        assertEquals("12", robot.lookup("#snowDepth").queryAs(javafx.scene.control.TextField.class).getText());
    }
}
