package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.situation.Situation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The moment the desk becomes usable: the first layout pulse after the header received a
 * computed situation (officer on duty, level in force, recommendation). Work that can wait —
 * the log's start check, the day's backup — starts then, so it does not compete with the start
 * for the two cores. The start-up benchmark learns of it through a marker file: the wall-clock
 * time in milliseconds, written to the file named by {@code -Droaddesk.startupMarker} or
 * {@code $ROADDESK_STARTUP_MARKER} (the variable reaches a packaged launcher, which takes no -D).
 */
final class StartupMarker {
    static final String PROPERTY = "roaddesk.startupMarker";
    static final String VARIABLE = "ROADDESK_STARTUP_MARKER";
    static final Duration AT_THE_LATEST = Duration.seconds(30);

    private StartupMarker() {
    }

    /**
     * Runs {@code then} on the FX thread once the desk is usable, after writing the marker if one is
     * asked for; or after {@link #AT_THE_LATEST} if no situation could be computed, so that the
     * backup is never left out because the header shows an error.
     */
    static void whenUsable(Scene scene, ObservableValue<Situation> situation, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                then.run();
            }
        };
        new Timeline(new KeyFrame(AT_THE_LATEST, e -> once.run())).play();
        Runnable usable = () -> afterLayout(scene, () -> {
            mark();
            once.run();
        });
        if (situation.getValue() != null) {
            usable.run();
            return;
        }
        situation.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Situation> o, Situation before, Situation now) {
                if (now != null) {
                    situation.removeListener(this);
                    usable.run();
                }
            }
        });
    }

    private static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        // A pulse comes only when something is dirty: ask for one, so the moment is not left to the next tick.
        Platform.requestNextPulse();
    }

    private static void mark() {
        String file = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), System.currentTimeMillis() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("startup marker not written: " + e);
        }
    }
}
