package cn.shiguai.roaddesk.desk;

import cn.shiguai.roaddesk.app.Startup;
import cn.shiguai.roaddesk.app.WindowOptions;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.log.AppLog;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Opens the window; kept apart from the launcher so that commands never load JavaFX. */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launchWindow(WindowOptions options) {
        // Application.launch constructs App itself: the options are handed over before it starts.
        App.options = options;
        App.clock = Clock.systemUTC();
        AppLog.install(DataDirectory.resolve(options.dataDirOption()).path());
        // The database opens while the toolkit starts (about as long each): the desk needs both.
        App.starting = startInBackground(options, App.clock);
        Application.launch(App.class);
    }

    static CompletableFuture<Startup.Started> startInBackground(WindowOptions options, Clock clock) {
        CompletableFuture<Startup.Started> started = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                started.complete(Startup.start(options, clock));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "roaddesk-open");
        opener.setDaemon(true);
        opener.start();
        return started;
    }
}
