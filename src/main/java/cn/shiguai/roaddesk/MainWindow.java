package cn.shiguai.roaddesk;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The main window: a header with the product and rule set, and the readings screen. */
public final class MainWindow {

    private MainWindow() {
    }

    public static Scene scene(AppContext context) {
        var messages = context.messages();
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label ruleSet = new Label(messages.format("app.ruleSet", context.ruleSet().name(), context.ruleSet().title()));
        ruleSet.getStyleClass().add("header-muted");
        HBox header = new HBox(16, title, ruleSet);
        header.getStyleClass().add("app-header");
        BorderPane root = new BorderPane(context.readingsScreen(context.readingsViewModel()));
        root.setTop(header);
        // Never larger than the screen: office workstations often have small laptop screens.
        var bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, bounds.getWidth()), Math.min(900, bounds.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/css/roaddesk.css").toExternalForm());
        return scene;
    }

    public static void show(Stage stage, AppContext context) {
        stage.setTitle(context.messages().get("app.title"));
        stage.setScene(scene(context));
        stage.show();
    }
}
