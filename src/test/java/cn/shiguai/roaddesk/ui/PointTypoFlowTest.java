package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A point name typed with a character missing is asked about; Enter takes the known point. */
@ExtendWith(ApplicationExtension.class)
class PointTypoFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    static final String K12 = "五当召镇 旅游公路 K12 弯道";
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().readings().save(ReadingDraft.of(Observation.at(K12, DAY.atTime(8, 0)).snowDepthCm(6.0).build()),
                "王海燕");
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
    void aNearNameIsAskedAboutAndEnterTakesTheKnownPoint(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> desk.stores().readings().latest().size() == 1
                && robot.lookup("#locationTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#locationBox").write("五当镇旅游公路K12弯道");
        robot.type(KeyCode.TAB, 2);
        robot.write("9");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("是否为「" + K12 + "」？", question.getHeaderText());
        TopWindow.focus(robot);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> desk.stores().readings().recent(5).size() == 2);
        assertEquals(1, desk.stores().readings().latest().size(), "no new point was created");
        assertEquals(9.0, desk.stores().readings().latest().get(0).latest().draft().observation().snowDepthCm());
        assertTrue(desk.stores().readings().recent(5).stream()
                .allMatch(r -> r.draft().observation().location().equals(K12)));
    }

    @Test
    void aKnownNameTypedWithSpacesWhileTheSuggestionsShowIsTakenAsTyped(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> desk.stores().readings().latest().size() == 1
                && robot.lookup("#locationTable").queryTableView().getItems().size() == 1);
        // The suggestion list opens after the first characters; a space must stay a space in the
        // name, never pick the first suggestion (which doubled the name into a new point).
        robot.clickOn("#locationBox");
        String[] words = K12.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.SPACE);
            }
            robot.write(words[i]);
        }
        FxWait.until(() -> K12.equals(robot.lookup("#locationBox").queryComboBox().getEditor().getText()),
                () -> robot.lookup("#locationBox").queryComboBox().getEditor().getText());
        robot.type(KeyCode.TAB, 2);
        robot.write("9");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> desk.stores().readings().recent(5).size() == 2);
        assertEquals(1, desk.stores().readings().latest().size(), "no new point was created");
    }
}
