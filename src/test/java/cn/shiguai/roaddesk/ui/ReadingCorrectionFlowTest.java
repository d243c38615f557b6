package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.RecordState;
import cn.shiguai.roaddesk.weather.ui.ReadingRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A mistyped reading put right from the 全部读数 table, by keyboard only: F2 corrects, Delete withdraws. */
@ExtendWith(ApplicationExtension.class)
class ReadingCorrectionFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().readings().save(new ReadingDraft(Observation.at("石拐街道 包石公路 K35 大桥", DAY.atTime(9, 0))
                .snowDepthCm(32.0).build(), LocationKind.DISTRICT, -8.0, null), "王海燕");
        MainWindow.show(stage, desk.context());
        // These flows begin where readings are typed; the desk opens on the duty board.
        desk.context().deskModel().screen().set(Screen.READINGS);
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReadingRow> allReadings(FxRobot robot) throws TimeoutException {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "allTab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<ReadingRow> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(() -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void f2CorrectsAReadingAndTheRecommendationFollows(FxRobot robot) throws TimeoutException {
        Label recommended = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "一级".equals(recommended.getText()));
        TableView<ReadingRow> table = allReadings(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.F2);
        FxWait.until(() -> robot.lookup("#correction-SNOW_DEPTH").tryQuery().isPresent());
        TopWindow.focus(robot);
        // The first field is the point: Tab twice to the snow depth, in reading order.
        robot.type(KeyCode.TAB, 2);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("23");
        // On through 气温, 结冰厚度, 积冰直径, 道路结冰 and 冻雨等 to the reason.
        robot.type(KeyCode.TAB, 6);
        robot.write("电话中听错：实为 23 厘米");
        robot.type(KeyCode.ENTER);

        FxWait.until(() -> "二级".equals(recommended.getText()));
        FxWait.until(() -> table.getItems().size() == 2);
        ReadingRow old = table.getItems().stream().filter(r -> r.state() == RecordState.REPLACED).findFirst()
                .orElseThrow();
        assertEquals("32", old.snowDepth());
        assertTrue(robot.lookup(".table-row-cell.corrected").tryQuery().isPresent(), "the old one is struck through");
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.READING
                && e.text().contains("理由：电话中听错")));
    }

    @Test
    void deleteWithdrawsAReadingWithItsReason(FxRobot robot) throws TimeoutException {
        Label recommended = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "一级".equals(recommended.getText()));
        TableView<ReadingRow> table = allReadings(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        FxWait.until(() -> robot.lookup("#correctionReason").tryQuery().isPresent());
        TopWindow.focus(robot);
        robot.write("误录：该点当日未观测");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> "无".equals(recommended.getText()));
        FxWait.until(() -> table.getItems().get(0).state() == RecordState.WITHDRAWN);
        assertTrue(table.getItems().get(0).remark().contains("误录：该点当日未观测"), table.getItems().get(0).remark());
    }
}
