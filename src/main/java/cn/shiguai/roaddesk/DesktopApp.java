package cn.shiguai.roaddesk;

import javafx.application.Application;

/** Opens the window; kept apart from {@link Launcher} so commands never load JavaFX. */
final class DesktopApp {

    private DesktopApp() {
    }

    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }
}
