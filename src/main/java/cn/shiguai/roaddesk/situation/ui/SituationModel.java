package cn.shiguai.roaddesk.situation.ui;

import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.SituationService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The situation as one desk's screens see it: the service's latest, on the FX thread. One per
 * window, shared by the header and every screen, so they change together in the same pulse.
 * Closed when the window is rebuilt (a language switch), so the old desk stops listening.
 */
public final class SituationModel implements AutoCloseable {
    private final SituationService service;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Situation> situation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final SituationService.Listener listener = new SituationService.Listener() {
        @Override
        public void published(Situation s) {
            tasks.onUiThread(() -> show(s));
        }

        @Override
        public void failed(Throwable t) {
            AppLog.failure("the situation could not be computed", t);
            tasks.onUiThread(() -> failure.set(t));
        }
    };

    public SituationModel(SituationService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        service.subscribe(listener);
        service.latest().ifPresent(this::show);
        service.requestRefresh();
    }

    /** Null until the first situation is computed. */
    public ReadOnlyObjectProperty<Situation> situation() {
        return situation.getReadOnlyProperty();
    }

    public Situation get() {
        return situation.get();
    }

    /** Why the last computation failed; null after a success. */
    public ReadOnlyObjectProperty<Throwable> failure() {
        return failure.getReadOnlyProperty();
    }

    public SituationService service() {
        return service;
    }

    private void show(Situation next) {
        Situation shown = situation.get();
        if (shown == null || next.version() > shown.version()) {
            situation.set(next);
            failure.set(null);
        }
    }

    @Override
    public void close() {
        service.unsubscribe(listener);
    }
}
