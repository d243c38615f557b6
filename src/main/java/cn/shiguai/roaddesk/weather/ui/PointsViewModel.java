package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The 监测点 tab: every point with its old names, renamed, merged into another, or retired with a reason. */
public final class PointsViewModel {
    private final MonitoringPoints points;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<String> currentUser;
    private final ObservableList<PointRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** A point as its table shows it. */
    public record PointRow(long id, String name, String kind, String aliases, String state, boolean inUse) {
        @Override
        public String toString() {
            return name;
        }
    }

    public PointsViewModel(MonitoringPoints points, TaskRunner tasks, Messages messages, Supplier<String> currentUser,
                           ChangeBus changes) {
        this.points = points;
        this.tasks = tasks;
        this.messages = messages;
        this.currentUser = currentUser;
        changes.subscribe(c -> {
            if (c == Change.READINGS) {
                tasks.onUiThread(this::load);
            }
        });
    }

    public ObservableList<PointRow> rows() { return rows; }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    public void load() {
        tasks.run(points::list, list -> rows.setAll(list.stream().map(p -> new PointRow(p.location().id(),
                p.location().name(), messages.get("location.kind." + p.location().kind().name()),
                String.join("、", p.aliases()), messages.get(p.location().retiredAt() == null ? "points.state.inUse"
                        : "points.state.retired"), p.location().retiredAt() == null)).toList()), this::failed);
    }

    /** The points another may be merged into: those of the same kind still in use. */
    public List<PointRow> mergeTargets(PointRow from) {
        return rows.stream().filter(r -> r.id() != from.id() && r.kind().equals(from.kind()) && r.inUse()).toList();
    }

    public void rename(PointRow point, String newName, String reason) {
        String by = currentUser.get();
        tasks.run(() -> {
            points.rename(point.id(), newName, reason, by);
            return newName.strip();
        }, name -> done(messages.format("points.done.renamed", name)), this::failed);
    }

    public void merge(PointRow from, PointRow into, String reason) {
        String by = currentUser.get();
        tasks.run(() -> {
            points.merge(from.id(), into.id(), reason, by);
            return into;
        }, target -> done(messages.format("points.done.merged", from.name(), target.name())), this::failed);
    }

    public void retire(PointRow point, String reason) {
        String by = currentUser.get();
        tasks.run(() -> {
            points.retire(point.id(), reason, by);
            return point;
        }, p -> done(messages.format("points.done.retired", p.name())), this::failed);
    }

    private void done(String message) {
        error.set("");
        status.set(message);
    }

    private void failed(Throwable t) {
        error.set(messages.format("points.failed", Failures.describe(t, messages)));
    }
}
