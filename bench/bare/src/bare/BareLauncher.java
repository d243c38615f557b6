package bare;

/** The bare window's main class; like RoadDesk's Launcher it does not extend Application. */
public final class BareLauncher {
    private BareLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(BareWindow.class, args);
    }
}
