package cn.shiguai.roaddesk.tools;

import cn.shiguai.roaddesk.desk.MainWindow;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.desk.Screen;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Opens the real window (run under Xvfb, see docs/screenshots/take.sh) on an in-memory database
 * filled with a realistic cold spell, visits every screen and saves what it shows as PNG:
 * Scene.snapshot → PixelReader → BufferedImage, no javafx-swing.
 */
public final class Screenshots extends Application {
    static Path outputDir = Path.of("docs/screenshots");

    /** A plain main class: JavaFX on the class path refuses to start an Application subclass directly. */
    public static final class Main {
        public static void main(String[] args) {
            if (args.length > 0) {
                outputDir = Path.of(args[0]);
            }
            Application.launch(Screenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        LocalDate day = LocalDate.of(2026, 1, 12);
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T03:10:00Z"), ZoneOffset.UTC);
        TestDesk desk = new TestDesk(clock, new FxTaskRunner(), Messages.chinese(), "王海燕");
        SampleReadings.fill(desk.office().readings(), day);
        correctAndWithdraw(desk, day);
        SampleReadings.respond(desk.office(), day, desk.stores().log());
        issueSampleDocuments(desk, day);
        MainWindow.show(stage, desk.context());
        Deque<Runnable> steps = new ArrayDeque<>();
        var signIn = desk.context().signIn();
        // The first start: the administrator and the first officer, then the officer signed in.
        steps.add(signIn::open);
        steps.add(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#adminName")).setText("admin");
            ((javafx.scene.control.TextField) stage.getScene().lookup("#officerName")).setText("王海燕");
            save(stage.getScene(), "11-first-start.png");
        });
        steps.add(() -> signIn.beginDesk("admin", PASSWORD.toCharArray(), PASSWORD.toCharArray(), "王海燕",
                PASSWORD.toCharArray(), PASSWORD.toCharArray()));
        java.util.Map<Screen, String> names = new java.util.EnumMap<>(Screen.class);
        names.putAll(java.util.Map.of(Screen.BOARD, "00-board", Screen.READINGS, "01-readings",
                Screen.RESPONSE, "02-response", Screen.MEASURES, "03-measures", Screen.DUTY_LOG, "04-duty-log",
                Screen.ROSTER, "05-roster", Screen.DOCUMENTS, "06-documents", Screen.SETTINGS, "07-settings",
                Screen.HELP, "08-help"));
        for (Screen s : Screen.values()) {
            String name = names.get(s);
            steps.add(() -> desk.context().deskModel().screen().set(s));
            if (s == Screen.DOCUMENTS) {
                // A daily report drafted beside the notices already issued; drafting and rendering take a moment.
                steps.add(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#draftButton")).fire());
                steps.add(() -> { });
            }
            steps.add(() -> save(stage.getScene(), name + ".png"));
            if (s == Screen.MEASURES) {
                steps.add(() -> ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#reviewToggle")).setSelected(true));
                steps.add(() -> save(stage.getScene(), "03b-measures-review.png"));
                steps.add(() -> ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#reviewToggle")).setSelected(false));
            }
            if (s == Screen.RESPONSE) {
                decisionSummary(stage, steps);
            }
            if (s == Screen.READINGS) {
                steps.add(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(1));
                steps.add(() -> save(stage.getScene(), "01b-readings-trend.png"));
                steps.add(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(3));
                steps.add(() -> save(stage.getScene(), "01c-readings-corrected.png"));
                steps.add(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(0));
            }
        }
        // An old office laptop: the compact header still shows who is on duty and the clock.
        steps.add(() -> {
            desk.context().deskModel().screen().set(Screen.BOARD);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        steps.add(() -> save(stage.getScene(), "10-board-1024x700.png"));
        handover(stage, desk, steps);
        steps.add(Platform::exit);
        next(steps);
    }

    private static final String PASSWORD = "样张用的足够长的密码";

    /**
     * The evening handover: 王海燕 writes the summary in 设置 → 交接班 and the desk locks (the lock
     * screen shot); 赵晓东 signs in and ticks the open items (the handover shot, two still to tick).
     */
    private static void handover(Stage stage, TestDesk desk, Deque<Runnable> steps) {
        var signIn = desk.context().signIn();
        steps.add(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
            cn.shiguai.roaddesk.users.TestUsers.users(desk.database(), desk.stores().log(),
                    () -> desk.office().roster().roster()).add("赵晓东", cn.shiguai.roaddesk.access.Role.DUTY_OFFICER,
                    null, PASSWORD.toCharArray(), cn.shiguai.roaddesk.access.Actor.system());
            desk.context().deskModel().screen().set(Screen.SETTINGS);
        });
        steps.add(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#shiftSummary"))
                    .setText("五当召旅游公路 K12 弯道临时管制仍在执行，交警大队 19 时前回报；白狐沟积雪 21 时复测");
            save(stage.getScene(), "07b-settings-handover.png");
            ((javafx.scene.control.Button) stage.getScene().lookup("#handOverButton")).fire();
        });
        steps.add(() -> save(stage.getScene(), "12-locked.png"));
        steps.add(() -> signIn.signIn("赵晓东", PASSWORD.toCharArray()));
        steps.add(() -> {
            var ticks = stage.getScene().lookup("#handoverItems").lookupAll(".check-box").stream().toList();
            for (int i = 0; i < ticks.size() - 2; i++) {
                ((javafx.scene.control.CheckBox) ticks.get(i)).setSelected(true);
            }
            save(stage.getScene(), "13-handover.png");
        });
    }

    /**
     * The question asked before a decision is recorded: the dialog filled as an officer would
     * (end the response, a leader deciding, a reason), 记录决定, the summary shot, then 返回修改.
     */
    private static void decisionSummary(Stage stage, Deque<Runnable> steps) {
        steps.add(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#decideButton")).fire());
        steps.add(() -> {
            javafx.scene.Scene dialog = newest().getScene();
            @SuppressWarnings("unchecked")
            var kind = (javafx.scene.control.ComboBox<cn.shiguai.roaddesk.response.DecisionKind>) dialog.lookup("#decisionKind");
            kind.getSelectionModel().select(cn.shiguai.roaddesk.response.DecisionKind.END);
            ((javafx.scene.control.ComboBox<?>) dialog.lookup("#decider")).getSelectionModel().selectFirst();
            ((javafx.scene.control.TextArea) dialog.lookup("#reason")).setText("雪停，主要道路已恢复通行，经研判结束响应");
            // The officer records the leader's decision: how it came is asked.
            @SuppressWarnings("unchecked")
            var via = (javafx.scene.control.ComboBox<cn.shiguai.roaddesk.response.OrderChannel>) dialog.lookup("#orderVia");
            via.getSelectionModel().select(cn.shiguai.roaddesk.response.OrderChannel.PHONE);
        });
        // Fired outside the animation that runs these steps: the question waits for an answer.
        steps.add(() -> Platform.runLater(() -> ((javafx.scene.control.Button) newest().getScene()
                .lookup("#recordDecision")).fire()));
        steps.add(() -> save(newest().getScene(), "02b-decision-summary.png"));
        steps.add(() -> {
            javafx.scene.Node back = newest().getScene().lookup("#decisionConfirmation").lookupAll(".button").stream()
                    .filter(b -> "返回修改".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow();
            Platform.runLater(((javafx.scene.control.Button) back)::fire);
        });
        steps.add(() -> newest().hide());
    }

    private static javafx.stage.Window newest() {
        var windows = javafx.stage.Window.getWindows();
        return windows.get(windows.size() - 1);
    }

    /** A value typed as 32 for 23, corrected, and a reading entered twice, withdrawn: struck through in 全部读数. */
    private static void correctAndWithdraw(TestDesk desk, LocalDate day) {
        var readings = desk.office().readings();
        var typo = readings.save(cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                .at("大发街道 纬三路 陡坡", day.atTime(10, 30)).snowDepthCm(32.0).build()), "王海燕");
        readings.correct(typo.id(), cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                .at("大发街道 纬三路 陡坡", day.atTime(10, 30)).snowDepthCm(11.5).build()), "误录：积雪应为 11.5 厘米", "王海燕");
        var twice = readings.save(cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                .at("石拐街道 包石公路 K35 大桥", day.atTime(10, 45)).snowDepthCm(12.0).build()), "王海燕");
        readings.withdraw(twice.id(), "重复录入（与 10:00 的读数是同一次测量）", "王海燕");
    }

    /** The morning's warning notice and travel bulletin, issued as the office would have. */
    private static void issueSampleDocuments(TestDesk desk, LocalDate day) {
        var documents = desk.office().documents();
        for (var kind : java.util.List.of(cn.shiguai.roaddesk.report.DocumentKind.WARNING_NOTICE,
                cn.shiguai.roaddesk.report.DocumentKind.PUBLIC_BULLETIN)) {
            var drafted = documents.draft(kind, day, "王海燕");
            documents.issue(drafted, drafted.draft().texts(), "王海燕");
        }
    }

    /** Each step after the screen has settled: data arrives from the worker thread over a few pulses. */
    private static void next(Deque<Runnable> steps) {
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        settle.setOnFinished(e -> {
            steps.poll().run();
            if (!steps.isEmpty()) {
                next(steps);
            }
        });
        settle.play();
    }

    static void save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(outputDir);
            ImageIO.write(out, "png", outputDir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
