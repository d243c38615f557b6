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
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * At 1024×700 (an old office laptop) and 1366×768, in both languages, the header still shows who
 * is on duty and the clock in full: checked on the text as rendered, not as set.
 */
class SmallScreenLayoutTest extends ApplicationTest {
    private final FxTaskRunner tasks = new FxTaskRunner();
    private TestDesk desk;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        // The toolkit's stage outlives this class: the flows that follow expect a full-size window.
        interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        tasks.close();
        if (desk != null) {
            desk.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"zh, 1024, 700", "en, 1024, 700", "zh, 1366, 768", "en, 1366, 768"})
    void theHeaderShowsTheOfficerAndTheClockInFull(String language, double width, double height)
            throws TimeoutException {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        Messages messages = Messages.forLanguageTag(language);
        interact(() -> {
            desk = new TestDesk(clock, tasks, messages, "欧阳振华");
            MainWindow.show(stage, desk.context());
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Labeled officer = lookup("#user").queryLabeled();
        Labeled clockText = lookup("#clockText").queryLabeled();
        FxWait.until(() -> officer.getText().contains("欧阳振华") && !clockText.getText().isEmpty());
        interact(() -> stage.getScene().getRoot().layout());
        assertEquals(officer.getText(), rendered(officer), "the officer on duty is not cut at " + width);
        assertEquals(clockText.getText(), rendered(clockText), "the clock is not cut at " + width);
        for (javafx.scene.Node caption : lookup(".header-caption").queryAll()) {
            assertEquals(((Labeled) caption).getText(), rendered((Labeled) caption), "a header caption is cut at " + width);
        }
        assertTrue(officer.localToScene(officer.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth(),
                "the officer's name is inside the window");
        // The readings screen's deciding column: 结果 of the reasons, whole and inside the window.
        interact(() -> desk.context().deskModel().screen().set(cn.shiguai.roaddesk.desk.Screen.READINGS));
        String result = messages.get("panel.col.truth");
        FxWait.until(() -> lookup(".column-header .label").queryAll().stream()
                .anyMatch(n -> result.equals(((Labeled) n).getText())));
        interact(() -> stage.getScene().getRoot().layout());
        Labeled header = (Labeled) lookup(".column-header .label").queryAll().stream()
                .filter(n -> result.equals(((Labeled) n).getText())).findFirst().orElseThrow();
        assertEquals(result, rendered(header), "the 结果 column's title is cut at " + width);
        assertTrue(header.localToScene(header.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth(),
                "the 结果 column is inside the window at " + width);
        for (String key : java.util.List.of("readings.col.snow", "readings.col.airTemp")) {
            columnInView(messages.get(key), width);
        }
        interact(() -> desk.context().deskModel().screen().set(cn.shiguai.roaddesk.desk.Screen.MEASURES));
        FxWait.until(() -> lookup(".column-header .label").queryAll().stream()
                .anyMatch(n -> messages.get("measures.col.status").equals(((Labeled) n).getText())));
        columnInView(messages.get("measures.col.status"), width);
        interact(() -> desk.context().deskModel().screen().set(cn.shiguai.roaddesk.desk.Screen.READINGS));
        // Every field of the form can be reached: scrolled to its foot, 添加读数 is inside the window.
        javafx.scene.control.ScrollPane scroller = lookup("#scroller").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> scroller.setVvalue(scroller.getVmax()));
        interact(() -> stage.getScene().getRoot().layout());
        javafx.scene.Node neighbouring = lookup("#neighbouring").query();
        assertTrue(neighbouring.localToScene(neighbouring.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight(),
                "相邻地区 can be reached at " + width + "×" + height);
    }

    @ParameterizedTest
    @CsvSource({"zh, 1024, 700", "en, 1366, 768"})
    void theTrendChartsShowEveryAxisLabel(String language, double width, double height) throws TimeoutException {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 12);
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T03:10:00Z"), ZoneOffset.UTC);
        interact(() -> {
            desk = new TestDesk(clock, tasks, Messages.forLanguageTag(language), "欧阳振华");
            cn.shiguai.roaddesk.tools.SampleReadings.fill(desk.office().readings(), day);
            MainWindow.show(stage, desk.context());
            stage.setWidth(width);
            stage.setHeight(height);
            desk.context().deskModel().screen().set(cn.shiguai.roaddesk.desk.Screen.READINGS);
        });
        FxWait.until(() -> lookup("#tabs").tryQuery().isPresent());
        interact(() -> lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        FxWait.until(() -> !lookup(".chart").queryAll().isEmpty()
                && lookup(".chart").queryAll().stream().allMatch(c -> !((javafx.scene.chart.XYChart<?, ?>) c).getData().isEmpty()));
        interact(() -> stage.getScene().getRoot().layout());
        for (javafx.scene.Node node : lookup(".chart").queryAll()) {
            javafx.scene.chart.XYChart<?, ?> chart = (javafx.scene.chart.XYChart<?, ?>) node;
            for (javafx.scene.chart.Axis<?> axis : java.util.List.of(chart.getXAxis(), chart.getYAxis())) {
                assertTrue(axis.getTickMarks().size() >= 2, "an axis with its ticks at " + width);
                // The axis hides a label that would overlap its neighbour or run off the chart: a cut label.
                for (var tick : axis.getTickMarks()) {
                    assertTrue(tick.isTextVisible(), "the tick label " + tick.getLabel() + " (" + tick.getValue() + ", "
                            + (axis == chart.getXAxis() ? "x" : "y") + " of " + chart.getTitle() + ") is hidden at " + width);
                }
            }
        }
    }

    /** The first column titled {@code title} on the screen is whole and inside the window. */
    private void columnInView(String title, double width) {
        interact(() -> lookup("#scroller").query().getScene().getRoot().layout());
        Labeled header = (Labeled) lookup(".column-header .label").queryAll().stream()
                .filter(n -> title.equals(((Labeled) n).getText()) && showing(n)).findFirst().orElseThrow();
        assertEquals(title, rendered(header), "the column " + title + " is cut at " + width);
        assertTrue(header.localToScene(header.getBoundsInLocal()).getMaxX() <= header.getScene().getWidth(),
                "the column " + title + " is inside the window at " + width);
    }

    private static boolean showing(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String rendered(Labeled label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? "" : text.getText();
    }

    @org.junit.jupiter.api.Test
    void anAlertAtTheSmallestWindowKeepsTheHeaderInViewAndCtrl1GivesTheKeysToTheForm() throws TimeoutException {
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
        interact(() -> {
            desk = new TestDesk(clock, tasks, Messages.chinese(), "欧阳振华");
            desk.office().readings().save(cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                    .at("石拐街道 包石公路 K35 大桥", java.time.LocalDateTime.of(2026, 1, 12, 9, 30)).snowDepthCm(21.0).build()),
                    "欧阳振华");
            MainWindow.show(stage, desk.context());
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        javafx.scene.Node band = lookup("#alertBand").query();
        FxWait.until(band::isVisible);
        interact(() -> stage.getScene().getRoot().layout());
        Labeled officer = lookup("#user").queryLabeled();
        assertTrue(band.localToScene(band.getBoundsInLocal()).getMinY() >= 0, "the band is not pushed off the top");
        assertTrue(officer.localToScene(officer.getBoundsInLocal()).getMinY() >= 0, "nor is the header");
        assertTrue(officer.localToScene(officer.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight());
        TopWindow.focus(this);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.control.ComboBox<?> location = lookup("#locationBox").queryComboBox();
        FxWait.until(() -> location.isFocused() || location.getEditor().isFocused());
    }
}
