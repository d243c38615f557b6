package cn.shiguai.roaddesk.common.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens that state changed, after the change is committed. A reading typed in
 * the form and one arriving from a feed go through the same services, so both reach the
 * screens the same way. Listeners are called on the publishing thread and must hand work to
 * the UI thread themselves.
 */
public final class ChangeBus {
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    public void publish(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
