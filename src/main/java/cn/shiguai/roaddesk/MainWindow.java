package cn.shiguai.roaddesk;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The main window: the desk in a scene sized to the screen, with its shortcuts. */
public final class MainWindow {

    private MainWindow() {
    }

    public static Scene scene(AppContext context) {
        AppContext.DeskParts desk = context.desk();
        // Never larger than the screen: office workstations often have small laptop screens.
        var bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(desk.root(), Math.min(1440, bounds.getWidth()), Math.min(900, bounds.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/css/roaddesk.css").toExternalForm());
        desk.view().installShortcuts(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), desk.decide());
        // F5 reloads what every screen shows, as if everything had changed.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            for (var change : cn.shiguai.roaddesk.common.events.Change.values()) {
                context.changes().publish(change);
            }
        });
        return scene;
    }

    public static void show(Stage stage, AppContext context) {
        stage.setTitle(context.messages().get("app.title"));
        stage.setScene(scene(context));
        stage.show();
    }
}
