package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.ui.DecisionRow;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
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

/** A raise recorded by mistake is voided from the decision history: F2, 撤销, who, why. */
@ExtendWith(ApplicationExtension.class)
class DecisionCorrectionFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        var at = DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        desk.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), ResponseLevel.III, DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null), at, "王海燕");
        desk.office().responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.III, ResponseLevel.II),
                ResponseLevel.III, DAY, "张占良", Capacity.GROUP_LEADER, null, "误点"), at.plusSeconds(600), "王海燕");
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMistakenRaiseIsVoidedAndTheHistoryShowsBoth(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-RESPONSE");
        TableView<DecisionRow> history = robot.lookup("#history").queryAs(TableView.class);
        FxWait.until(() -> history.getItems().size() == 2);
        robot.interact(() -> {
            history.requestFocus();
            history.getSelectionModel().select(0);
        });
        robot.type(KeyCode.F2);
        FxWait.until(() -> robot.lookup("#voidDecision").tryQuery().isPresent());
        TopWindow.focus(robot);
        robot.type(KeyCode.DOWN);
        var decider = robot.lookup("#correctDecider").queryAs(ComboBox.class);
        FxWait.until(() -> !decider.getItems().isEmpty());
        robot.interact(() -> decider.getSelectionModel().select(decider.getItems().stream()
                .filter(c -> c.toString().contains("张占良") && c.toString().contains("GROUP_LEADER")).findFirst()
                .orElseThrow()));
        robot.clickOn("#correctionReason").write("组长未作提升决定，录入误点");
        robot.type(KeyCode.ENTER);

        Label header = robot.lookup("#activeBadge").queryAs(Label.class);
        FxWait.until(() -> "三级".equals(header.getText()));
        FxWait.until(() -> history.getItems().size() == 3);
        assertEquals(DecisionKind.VOID, history.getItems().get(0).record().kind());
        assertTrue(history.getItems().stream().anyMatch(DecisionRow::corrected), "the mistake stays, marked corrected");
        assertTrue(robot.lookup(".table-row-cell.corrected").tryQuery().isPresent());
    }
}
