package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.log.AppLog;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on one background thread, in submission order (so a save is never overtaken by
 * the reload that follows it), and hands results to the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    /** The queue of saves and the loads that follow them. */
    public FxTaskRunner() {
        this("roaddesk-work");
    }

    /** A queue of its own, e.g. for long work (verifying the whole chain, backups, rendering) that saves must not wait behind. */
    public FxTaskRunner(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return; // the window is closing: nothing is left to show the result in
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                AppLog.failure("work off the FX thread failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
