package cn.shiguai.roaddesk.common.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A queue of its own with no toolkit, as the window's queues are: work and its result run on one
 * thread, in order. {@link #drain()} waits until what was submitted before it has finished.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public ExecutorTaskRunner(String name) {
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** Returns once everything submitted before has run. */
    public void drain() throws Exception {
        executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
