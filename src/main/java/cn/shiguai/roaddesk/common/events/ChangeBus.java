package cn.shiguai.roaddesk.common.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens that state changed, after the change is committed. A reading typed in
 * the form and one arriving from a feed go through the same services, so both reach the
 * screens the same way. Listeners are called on the publishing thread and must hand work to
 * the UI thread themselves.
 *
 * <p>A window's screens listen through a {@link #scope() scope}: when the window is rebuilt
 * (another language) the scope is closed and none of the old screens is called again.
 */
public class ChangeBus {
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

    /** How many listen: a rebuilt window must leave none of its old screens behind. */
    public int listenerCount() {
        return listeners.size();
    }

    /** A bus that publishes here and whose subscriptions all end when it is closed. */
    public Scope scope() {
        return new Scope(this);
    }

    /** The listeners of one window; closing it unsubscribes them all. */
    public static final class Scope extends ChangeBus implements AutoCloseable {
        private final ChangeBus parent;
        private final List<Consumer<Change>> own = new CopyOnWriteArrayList<>();
        private volatile boolean closed;

        private Scope(ChangeBus parent) {
            this.parent = parent;
        }

        @Override
        public void subscribe(Consumer<Change> listener) {
            if (closed) {
                return;
            }
            own.add(listener);
            parent.subscribe(listener);
        }

        @Override
        public void unsubscribe(Consumer<Change> listener) {
            own.remove(listener);
            parent.unsubscribe(listener);
        }

        @Override
        public void publish(Change change) {
            parent.publish(change);
        }

        @Override
        public int listenerCount() {
            return own.size();
        }

        @Override
        public void close() {
            closed = true;
            own.forEach(parent::unsubscribe);
            own.clear();
        }
    }
}
