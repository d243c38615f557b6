package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.DeskContext;
import cn.shiguai.roaddesk.desk.DeskStage;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Choosing English rebuilds the desk in the same window and leaves nothing of the Chinese one listening. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    private DeskStage window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        window = new DeskStage(stage, desk.office(), tasks, tasks, "(内存数据库)");
        window.show(Messages.chinese());
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.setX(40);
        stage.setY(30);
    }

    @AfterEach
    void close() {
        tasks.close();
        window.close();
        desk.close();
    }

    @Test
    void theNewDeskTakesThePlaceOfTheOldOneWhichNoLongerListens(FxRobot robot) throws TimeoutException {
        // Open every screen that subscribes, so the old desk has as many listeners as it can have.
        for (String screen : new String[] {"RESPONSE", "MEASURES", "DUTY_LOG", "ROSTER", "DOCUMENTS", "SETTINGS"}) {
            robot.clickOn("#nav-" + screen);
        }
        DeskContext chinese = window.current();
        int busBefore = desk.office().changes().listenerCount();
        int situationBefore = desk.office().situation().listenerCount();
        assertTrue(chinese.changes().listenerCount() > 3, "the screens listen through the desk's scope");

        @SuppressWarnings("unchecked")
        ChoiceBox<String> language = robot.lookup("#language").queryAs(ChoiceBox.class);
        robot.interact(() -> language.setValue("en"));
        robot.clickOn("#applyLanguage");
        FxWait.until(() -> window.current() != chinese);
        DeskContext english = window.current();
        assertNotSame(chinese, english);

        assertEquals(0, chinese.changes().listenerCount(), "the old desk's screens listen no more");
        assertEquals(1 + english.changes().listenerCount(), desk.office().changes().listenerCount(),
                "the situation service and the new desk's screens, nothing of the old desk");
        assertTrue(desk.office().changes().listenerCount() < busBefore);
        assertEquals(situationBefore, desk.office().situation().listenerCount(), "one situation model per desk");
        assertEquals(1200, stage.getWidth(), 1);
        assertEquals(800, stage.getHeight(), 1);
        assertEquals(40, stage.getX(), 1);
        assertEquals(30, stage.getY(), 1);

        // A reading saved now reaches the English header; the old desk is not asked.
        Label recommended = robot.lookup("#recommendedText").queryAs(Label.class);
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道",
                LocalDate.of(2026, 1, 12).atTime(9, 0)).snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        FxWait.until(() -> recommended.getText().startsWith("Level III"));
    }
}
