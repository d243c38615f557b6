package cn.shiguai.roaddesk.common.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its continuation at once on the caller's thread: view-model tests need no toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
