package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.app.WindowOptions;
import javafx.application.Application;

/** Opens the window; kept apart from the launcher so that commands never load JavaFX. */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launchWindow(WindowOptions options) {
        // Application.launch constructs App itself: the options are handed over before it starts.
        App.options = options;
        Application.launch(App.class);
    }
}
