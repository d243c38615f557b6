package bare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The reference for RoadDesk's start-up: one FXML with a few controls and Chinese text, and
 * nothing else. It writes the same marker as RoadDesk (wall-clock milliseconds, to the file
 * named by -Droaddesk.startupMarker or $ROADDESK_STARTUP_MARKER) after its first layout pulse.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) throws IOException {
        Parent root = FXMLLoader.load(BareWindow.class.getResource("bare.fxml"));
        Scene scene = new Scene(root, 1440, 900);
        String marker = System.getProperty("roaddesk.startupMarker", System.getenv("ROADDESK_STARTUP_MARKER"));
        if (marker != null && !marker.isBlank()) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                try {
                    Files.writeString(Path.of(marker), System.currentTimeMillis() + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    System.err.println("marker not written: " + e);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            // A pulse comes only when something is dirty: ask for one, so the mark is not left to the next tick.
            javafx.application.Platform.requestNextPulse();
        }
        stage.setTitle("石拐区恶劣天气道路交通应急值守台");
        stage.setScene(scene);
        stage.show();
    }
}
