package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.common.events.Change;
import javafx.scene.Scene;
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
        Scene scene = new Scene(new javafx.scene.layout.StackPane(desk.root(), desk.signInLayer()), width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/roaddesk.css").toExternalForm());
        guardWhileLocked(scene, desk.signInLayer(), context);
        java.util.function.BooleanSupplier locked = desk.signInLayer()::isVisible;
        desk.view().installShortcuts(scene, locked);
        java.util.Map<DeskKey, Runnable> actions = new java.util.EnumMap<>(DeskKey.class);
        actions.put(DeskKey.DECIDE, desk.decide());
        actions.put(DeskKey.ACKNOWLEDGE_ALERTS, () -> context.alertsModel().acknowledge());
        actions.put(DeskKey.MAIN_TABLE, desk.view()::focusMainTable);
        actions.put(DeskKey.LOCK, context.signIn()::lock);
        // F5 reloads what every screen shows, as if everything had changed.
        actions.put(DeskKey.REFRESH, () -> {
            for (Change change : Change.values()) {
                context.changes().publish(change);
            }
        });
        for (DeskKey key : DeskKey.values()) {
            scene.getAccelerators().put(key.keys(), java.util.Objects.requireNonNull(actions.get(key), key.name()));
        }
        // Accelerators run whatever the focus: while the desk is locked, none of them does anything.
        scene.getAccelerators().replaceAll((keys, action) -> () -> {
            if (!locked.getAsBoolean()) {
                action.run();
            }
        });
        return scene;
    }

    /**
     * While the sign-in layer is up, no key reaches the desk beneath it (its shortcuts included:
     * this filter runs before theirs); every key and click at the desk restarts the idle time.
     */
    private static void guardWhileLocked(Scene scene, javafx.scene.Node layer, DeskContext context) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (layer.isVisible() && !DeskView.within(e.getTarget() instanceof javafx.scene.Node n ? n : null, layer)) {
                e.consume();
            } else if (!layer.isVisible()) {
                context.signIn().touched();
            }
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> context.signIn().touched());
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
        stage.setMinWidth(WindowPlace.MIN_WIDTH);
        stage.setMinHeight(WindowPlace.MIN_HEIGHT);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!ClosingGuard.mayClose(context, stage)) {
                e.consume();
            } else {
                seat(context).ifPresent(place(stage)::write);
            }
        });
        if (before == null || !before.getRoot().getStyleClass().contains("desk")) {
            restorePlace(stage, context);
        }
        stage.show();
    }

    /** The seat's own files live in the data directory; a desk on a memory database has none. */
    private static java.util.Optional<java.nio.file.Path> seat(DeskContext context) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(context.dataDirectory());
            return java.nio.file.Files.isDirectory(dir) ? java.util.Optional.of(dir) : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the window was put where this seat had it last (else it is centred). */
    static boolean placeRestored(Stage stage) {
        return stage.getProperties().containsKey(WindowPlace.FILE);
    }

    private static WindowPlace place(Stage stage) {
        return new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** The window where this seat had it last, if that place is still on a screen. */
    private static void restorePlace(Stage stage, DeskContext context) {
        var screens = javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
        seat(context).flatMap(WindowPlace::read).flatMap(p -> p.fitting(screens)).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
            stage.getProperties().put(WindowPlace.FILE, p);
        });
    }
}
