package cn.shiguai.roaddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.issue.PdfText;
import cn.shiguai.roaddesk.report.ui.IssuedRow;
import cn.shiguai.roaddesk.tools.SampleReadings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.print.Printer;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The documents screen driven as the office would: draft the daily report, edit the summary, issue it. */
@ExtendWith(ApplicationExtension.class)
class DocumentsScreenTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T03:10:00Z"), ZoneOffset.UTC);
        desk = new TestDesk(clock, tasks, Messages.chinese(), "王海燕");
        SampleReadings.fill(desk.office().readings(), DAY);
        SampleReadings.respond(desk.office(), DAY, desk.stores().log());
        MainWindow.show(stage, desk.context());
    }

    @AfterEach
    void stopWorker() {
        tasks.close();
        desk.close();
    }

    @Test
    void draftEditTheSummaryIssueAndFindItListedAsTheFirstIssue(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-DOCUMENTS");
        // The focus is on the navigation, outside the screen: the screen's Ctrl+N still drafts.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#part-summary").tryQuery().isPresent());
        Label pageLabel = robot.lookup("#pageLabel").queryAs(Label.class);
        FxWait.until(() -> pageLabel.getText().startsWith("第 1 页 / 共"));
        FxWait.until(() -> robot.lookup("#page").queryAs(ImageView.class).getImage() != null);

        TextArea summary = robot.lookup("#part-summary").queryAs(TextArea.class);
        robot.clickOn(summary).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("今日全区普降大雪，已启动二级响应。");
        FxWait.until(() -> robot.lookup("#staleNote").queryAs(Label.class).isVisible());

        robot.clickOn("#issueButton");
        FxWait.until(() -> robot.lookup("#issueConfirmation").tryQuery().isPresent());
        DialogPane question = robot.lookup("#issueConfirmation").queryAs(DialogPane.class);
        assertEquals("签发“道路交通情况日报”，编号为 2026年第1期？", question.getHeaderText());
        robot.clickOn("签发");

        TableView<IssuedRow> table = robot.lookup("#table").queryTableView();
        FxWait.until(() -> table.getItems().size() == 1);
        IssuedRow row = table.getItems().get(0);
        assertEquals("2026年第1期", row.number());
        assertEquals("道路交通情况日报", row.kind());
        FxWait.until(() -> robot.lookup("#heading").queryAs(Label.class).getText().startsWith("已签发"));
        String issued = PdfText.joined(desk.office().documents().get(row.id()).pdf());
        assertTrue(issued.contains("今日全区普降大雪，已启动二级响应。"), "the summary as edited");
        assertTrue(issued.contains("2026年第1期"));
    }

    @Test
    void theMeasuresScreenPrintsTheLeadersChecklistAndSaysWhenThereIsNoPrinter(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-MEASURES");
        robot.clickOn("#printButton");
        FxWait.until(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s
                && "打印 领导核查清单 2026-01-12".equals(s.getTitle())));
        if (Printer.getAllPrinters().isEmpty()) {
            FxWait.until(() -> robot.lookup("本机没有安装打印机，无法打印。可将文件另存为 PDF，再在有打印机的电脑上打印。")
                    .tryQuery().isPresent());
        }
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.listWindows().stream().noneMatch(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("打印 ")));
    }
}
