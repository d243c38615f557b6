package cn.shiguai.roaddesk.common.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The threading seam: work that touches the database, files or documents runs off the FX
 * thread, and its result comes back on it. Tests use a runner that does both on the caller's
 * thread, so view models are tested without a toolkit.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the thread that property changes must happen on (the FX thread in the app). */
    void onUiThread(Runnable action);
}
