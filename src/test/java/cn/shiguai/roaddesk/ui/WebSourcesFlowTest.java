package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.BoardItem;
import cn.shiguai.roaddesk.board.ui.BoardRow;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.inputs.http.HttpPoller;
import cn.shiguai.roaddesk.inputs.http.HttpSource;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A web source that fails is listed on the settings screen with its failure, and once silent
 * past its interval it is an item on the duty board, as the desk's clock moves. The poller is
 * the test's, against a loopback server that answers 500; it polls when the test says.
 */
@ExtendWith(ApplicationExtension.class)
class WebSourcesFlowTest {
    private final TestClock clock = TestClock.at("2026-12-02T01:00:00Z");
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    private HttpServer server;
    private HttpPoller poller;

    @Start
    void start(Stage stage) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/k35.csv", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/k35.csv");
        poller = new HttpPoller(List.of(new HttpSource("区气象站", url, Duration.ofMinutes(10))),
                (name, bytes) -> null, clock, ZoneId.of("Asia/Shanghai"));
        desk.office().watchSources(poller);
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
        server.stop(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingSourceIsListedInTheSettingsAndOnTheBoardOnceSilent(FxRobot robot) throws Exception {
        poller.pollDue();
        TableView<BoardRow> items = robot.lookup("#items").queryAs(TableView.class);
        clock.advance(Duration.ofSeconds(15));
        robot.interact(() -> desk.context().ticker().tick());
        FxWait.until(() -> items.getItems().stream().anyMatch(r -> r.item().kind() == BoardItem.Kind.SOURCE_SILENT
                && r.text().equals("网络数据源 区气象站 启动以来未送来文件（应每 10 分钟 一次）")),
                () -> items.getItems().toString() + desk.context().boardModel().error().get());

        robot.interact(() -> desk.context().deskModel().screen().set(Screen.SETTINGS));
        Label sources = robot.lookup("#webSources").queryAs(Label.class);
        FxWait.until(() -> sources.getText().startsWith("区气象站　http://127.0.0.1:") && sources.getText()
                .contains("每 10 分钟；最后成功 尚无") && sources.getText().contains("最后失败（连续 1 次）"),
                sources::getText);
        assertTrue(sources.getText().endsWith("已超时未送来新文件"), sources.getText());
    }
}
