package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.inputs.StationImport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A warning signal taken while the window is open shows in the header and on the readings
 * screen without a click, leaves both when it expires as the desk's clock passes its end, and
 * never moves the recommendation: it is a forecast.
 */
@ExtendWith(ApplicationExtension.class)
class WarningsInForceFlowTest {
    private final TestClock clock = TestClock.at("2026-12-02T00:30:00Z");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        MainWindow.show(stage, desk.context());
        desk.context().deskModel().screen().set(Screen.READINGS);
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    void aSignalShowsInTheHeaderAndBesideTheReadingsUntilItExpires(FxRobot robot) throws Exception {
        Label badge = robot.lookup("#warningsBadge").queryAs(Label.class);
        Label list = robot.lookup("#warningsInForce").queryAs(Label.class);
        Label recommended = robot.lookup("#recommendedBadge").queryAs(Label.class);
        FxWait.until(() -> "当前无生效的预警信号".equals(list.getText()), list::getText);
        FxWait.until(() -> "无".equals(recommended.getText()), recommended::getText);
        assertEquals(false, badge.isVisible());

        try (InputStream in = getClass().getResourceAsStream("/samples/cap/road-icing-orange.cap")) {
            desk.office().fileImports().importFile("road-icing-orange.cap", in.readAllBytes(),
                    StationImport.Channel.INBOX, "系统");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FxWait.until(() -> "预警 1".equals(badge.getText()) && badge.isVisible(), badge::getText);
        FxWait.until(() -> list.getText().equals("包头市气象台：道路结冰橙色预警，有效至 12-03 08:00"), list::getText);
        assertEquals("无", recommended.getText(), "a forecast never changes the level");

        clock.advance(Duration.ofHours(24));
        robot.interact(() -> desk.context().ticker().tick());
        FxWait.until(() -> !badge.isVisible(), badge::getText);
        FxWait.until(() -> "当前无生效的预警信号".equals(list.getText()), list::getText);
    }
}
