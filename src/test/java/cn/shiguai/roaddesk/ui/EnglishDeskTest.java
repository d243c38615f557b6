package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An English desk is English everywhere but the office's records and the plan's own words: the
 * header's decider and the errors the stores raise are worded in the screen's language, not in
 * the language the stores were built in.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishDeskTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final Pattern CHINESE_PUNCTUATION = Pattern.compile("[（）：，。]");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.english(), "Wang Haiyan");
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "Wang Haiyan");
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
    void theHeaderNamesTheDecidersCapacityInEnglish(FxRobot robot) throws TimeoutException {
        var evaluation = desk.office().situation().evaluationOf(desk.stores().readings().inputFor(DAY));
        desk.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), evaluation.level(), DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null),
                DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "Wang Haiyan");
        Label active = robot.lookup("#activeText").queryAs(Label.class);
        FxWait.until(() -> active.getText().contains("刘雪峰"));
        assertTrue(active.getText().contains("Emergency office director"), active.getText());
        assertFalse(CHINESE_PUNCTUATION.matcher(active.getText()).find(), active.getText());
    }

    @Test
    void aStoreRefusalIsWordedInEnglish(FxRobot robot) throws TimeoutException {
        // The point is the district's: marking it as a neighbour's is refused by the store.
        robot.clickOn("#locationBox").write("五当召镇 旅游公路 K12 弯道");
        // Tab, as an officer would: the point's suggestion list opens over the fields below it.
        robot.type(KeyCode.TAB, 2);
        robot.write("14");
        robot.clickOn("#neighbouring");
        robot.clickOn("#snowDepth");
        robot.type(KeyCode.ENTER);
        Label error = robot.lookup("#error").queryAs(Label.class);
        FxWait.until(() -> error.isVisible() && !error.getText().isEmpty());
        assertTrue(error.getText().contains("neighbouring-area box"), error.getText());
        assertFalse(error.getText().contains("监测点"), error.getText());
        assertTrue(desk.stores().readings().latest().stream()
                .allMatch(l -> l.kind() == LocationKind.DISTRICT), "nothing was moved across");
    }
}
