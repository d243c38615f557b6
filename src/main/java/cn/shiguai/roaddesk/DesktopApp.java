package cn.shiguai.roaddesk;

import javafx.application.Application;

/** Opens the window; kept apart from {@link Launcher} so commands never load JavaFX. */
final class DesktopApp {

    private DesktopApp() {
    }

    static void launchWindow(WindowOptions options) {
        // Application.launch constructs App itself: the options are handed over before it starts.
        App.options = options;
        Application.launch(App.class);
    }
}
