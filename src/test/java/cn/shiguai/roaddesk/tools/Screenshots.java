package cn.shiguai.roaddesk.tools;

import cn.shiguai.roaddesk.AppContext;
import cn.shiguai.roaddesk.MainWindow;
import cn.shiguai.roaddesk.common.fx.FxTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.weather.InMemoryReadingStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Opens the real window (run under Xvfb, see docs/screenshots/take.sh) with sample data and
 * saves what it shows as PNG: Scene.snapshot → PixelReader → BufferedImage, no javafx-swing.
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
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T01:10:00Z"), ZoneOffset.UTC);
        InMemoryReadingStore store = new InMemoryReadingStore(clock);
        SampleReadings.fill(store, LocalDate.of(2026, 1, 12));
        AppContext context = new AppContext(Messages.chinese(), clock, new RuleSetLoader().loadDefault(),
                new FxTaskRunner(), store, () -> "王海燕");
        MainWindow.show(stage, context);
        // Rendering settles over a few pulses after the data arrives from the worker thread.
        PauseTransition settle = new PauseTransition(Duration.seconds(3));
        settle.setOnFinished(e -> {
            save(stage.getScene(), "01-readings.png");
            Platform.exit();
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
