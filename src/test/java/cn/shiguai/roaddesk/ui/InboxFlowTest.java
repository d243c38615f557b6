package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.inputs.Inbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A station file dropped into the inbox while the window is open reaches the readings table,
 * the header and the recommendation without a click. The inbox's timer is the test's: it scans
 * when the test says, with the test's clock, so nothing waits on real seconds.
 */
@ExtendWith(ApplicationExtension.class)
class InboxFlowTest {
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    @TempDir
    Path dir;

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
    void aDroppedStationFileUpdatesTheOpenDeskByItself(FxRobot robot) throws Exception {
        Label recommended = robot.lookup("#recommendedBadge").queryAs(Label.class);
        TableView<?> points = robot.lookup("#locationTable").queryTableView();
        FxWait.until(() -> "无".equals(recommended.getText()));
        Inbox inbox = new Inbox(dir.resolve("inbox"), desk.office().imports(), clock).ensureFolders();
        Files.writeString(inbox.folder().resolve("k35-0800.csv"), "location,time,snow_depth_cm,air_temp_c\n"
                + "石拐街道 包石公路 K35 大桥,2026-01-12T08:00,21,-9\n", StandardCharsets.UTF_8);
        inbox.scan();
        clock.advance(Inbox.STABLE_FOR);
        assertTrue(inbox.scan().size() == 1, "the file was taken");
        FxWait.until(() -> "二级".equals(recommended.getText()), recommended::getText);
        FxWait.until(() -> points.getItems().size() == 1, () -> String.valueOf(points.getItems().size()));
        @SuppressWarnings("unchecked")
        TableView<cn.shiguai.roaddesk.weather.ui.ReadingRow> all = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(() -> all.getItems().size() == 1 && all.getItems().get(0).enteredBy().equals("系统（来自 k35-0800.csv）"),
                () -> all.getItems().toString());
    }
}
