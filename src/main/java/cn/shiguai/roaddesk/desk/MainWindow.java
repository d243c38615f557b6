package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.events.Change;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The main window: the desk in a scene sized to the screen, with its shortcuts. */
public final class MainWindow {
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;

    private MainWindow() {
    }

    /** The desk in a scene of the given size. */
    public static Scene scene(DeskContext context, double width, double height) {
        DeskContext.DeskParts desk = context.desk();
        Scene scene = new Scene(desk.root(), width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/roaddesk.css").toExternalForm());
        desk.view().installShortcuts(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), desk.decide());
        // F5 reloads what every screen shows, as if everything had changed.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            for (Change change : Change.values()) {
                context.changes().publish(change);
            }
        });
        return scene;
    }

    /**
     * Shows the desk in the stage. A desk already shown there (before a language switch) leaves
     * its size and place to the new one; a first desk is never larger than the screen, since
     * office workstations often have small laptop screens.
     */
    public static void show(Stage stage, DeskContext context) {
        Scene before = stage.getScene();
        double width;
        double height;
        if (before != null && before.getRoot() != null && before.getRoot().getStyleClass().contains("desk")) {
            width = before.getWidth();
            height = before.getHeight();
        } else {
            var bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
            width = Math.min(WIDTH, bounds.getWidth());
            height = Math.min(HEIGHT, bounds.getHeight());
        }
        stage.setTitle(context.messages().get("app.title"));
        Scene scene = scene(context, width, height);
        scene.getRoot().getStyleClass().add("desk");
        stage.setScene(scene);
        stage.show();
    }
}
