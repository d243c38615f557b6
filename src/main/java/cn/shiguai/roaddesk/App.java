package cn.shiguai.roaddesk;

import javafx.application.Application;
import javafx.stage.Stage;

public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
