package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureService;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.ReviewMarks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The measures screen: what the response in force owes, grouped by position, with filters; a
 * quick status update; and the leaders' review mode, read-only, marking what changed since the
 * reader last looked.
 */
public final class MeasuresViewModel {
    private final MeasureService measures;
    private final ReviewMarks marks;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;

    private final ObservableList<PositionGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<String> positions = FXCollections.observableArrayList();
    private final ObjectProperty<String> position = new SimpleObjectProperty<>();
    private final ObjectProperty<MeasureStatus> status = new SimpleObjectProperty<>();
    private final IntegerProperty quietHours = new SimpleIntegerProperty(0);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty();
    /** Who reads in review mode: a leader at the desk, named, not the officer on duty. */
    private final javafx.beans.property.StringProperty reader = new javafx.beans.property.SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    private List<OwedItem> items = List.of();
    private Map<String, String> positionTitles = Map.of();
    private Instant lastLook;

    public MeasuresViewModel(MeasureService measures, ReviewMarks marks, TaskRunner tasks, Messages messages, Clock clock,
                             ZoneId zone, Supplier<String> currentUser, ChangeBus changes) {
        this.measures = measures;
        this.marks = marks;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        changes.subscribe(c -> {
            if (c == Change.MEASURES || c == Change.DECISIONS || c == Change.ROSTER) {
                tasks.onUiThread(this::load);
            }
        });
        position.addListener((o, a, b) -> show());
        status.addListener((o, a, b) -> show());
        quietHours.addListener((o, a, b) -> show());
        reader.addListener((o, a, b) -> {
            if (reviewMode.get()) {
                enterReview();
            }
        });
        reviewMode.addListener((o, a, on) -> {
            if (on) {
                enterReview();
            } else {
                show();
            }
        });
    }

    /** Positions with their items, in the roster's order, after the filters. */
    public ObservableList<PositionGroup> groups() { return groups; }
    /** Position keys that owe something, for the filter; null in the filter means all. */
    public ObservableList<String> positions() { return positions; }
    public ObjectProperty<String> position() { return position; }
    public ObjectProperty<MeasureStatus> status() { return status; }
    /** Show only items not updated for this many hours; 0 shows all. */
    public IntegerProperty quietHours() { return quietHours; }
    public BooleanProperty reviewMode() { return reviewMode; }
    /** The reader whose last look marks the changes; blank means the officer on duty. */
    public javafx.beans.property.StringProperty reader() { return reader; }

    private String readerName() {
        return reader.get() == null || reader.get().isBlank() ? currentUser.get() : reader.get().strip();
    }
    public ReadOnlyStringProperty summary() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusLine() { return statusLine.getReadOnlyProperty(); }

    public String positionTitle(String key) {
        return positionTitles.getOrDefault(key, key);
    }

    public void load() {
        tasks.run(measures::owed, owed -> {
            items = owed;
            positionTitles = new LinkedHashMap<>();
            owed.stream().sorted(Comparator.comparingInt(OwedItem::positionOrder))
                    .forEach(i -> positionTitles.putIfAbsent(i.positionKey(), i.positionTitle()));
            positions.setAll(positionTitles.keySet());
            show();
        }, t -> error.set(messages.format("measures.loadFailed", Failures.describe(t, messages))));
    }

    /** A dialog model to update one item; refused in review mode, which is read-only. */
    public MeasureUpdateViewModel updateOf(MeasureRow row) {
        if (reviewMode.get()) {
            throw new IllegalStateException("review mode is read-only");
        }
        return new MeasureUpdateViewModel(row.item(), messages, clock, zone);
    }

    public void save(MeasureUpdateViewModel update, Runnable onSaved, Consumer<String> onFailed) {
        var report = update.report(currentUser.get());
        if (report.isEmpty()) {
            onFailed.accept(update.problem().get());
            return;
        }
        if (!update.confirmTime()) {
            return;
        }
        tasks.run(() -> {
            measures.update(update.item(), report.get());
            return report.get();
        }, saved -> {
            statusLine.set(messages.format("measures.updated", update.item().itemId(), update.item().positionTitle(),
                    messages.get(saved.status().labelKey())));
            onSaved.run();
        }, t -> {
            if (t instanceof cn.shiguai.roaddesk.measures.StatusChangedMeanwhile newer) {
                update.refusedBy(newer);
                onFailed.accept(update.conflict().get());
                load(); // the list shows their report beside the open form
                return;
            }
            onFailed.accept(messages.format("measures.updateFailed", Failures.describe(t, messages)));
        });
    }

    /** In review mode: what has been seen now counts as seen. */
    public void markAllSeen() {
        Instant now = clock.instant();
        String reader = readerName();
        tasks.run(() -> {
            marks.markLooked(reader, now);
            return now;
        }, at -> {
            lastLook = at;
            show();
        }, t -> error.set(Failures.describe(t, messages)));
    }

    private void enterReview() {
        String reader = readerName();
        tasks.run(() -> marks.lastLook(reader).orElse(null), at -> {
            lastLook = at;
            show();
        }, t -> error.set(Failures.describe(t, messages)));
    }

    private void show() {
        Instant now = clock.instant();
        Duration quiet = quietHours.get() > 0 ? Duration.ofHours(quietHours.get()) : null;
        Instant look = reviewMode.get() ? lastLook : null;
        Map<String, List<MeasureRow>> byPosition = new LinkedHashMap<>();
        items.stream()
                // the board lists items in the plan's order; keep it within each position, tasks last
                .sorted(Comparator.comparingInt(OwedItem::positionOrder).thenComparing(OwedItem::isTask))
                .filter(i -> position.get() == null || position.get().equals(i.positionKey()))
                .filter(i -> status.get() == null || status.get() == i.status())
                .map(i -> MeasureRow.of(i, messages, zone, look, now, quiet))
                .filter(r -> quiet == null || r.quiet())
                .forEach(r -> byPosition.computeIfAbsent(r.item().positionKey(), k -> new java.util.ArrayList<>()).add(r));
        groups.setAll(byPosition.entrySet().stream().map(e -> new PositionGroup(e.getKey(),
                e.getValue().get(0).item().positionTitle(), e.getValue().get(0).item().holder(), e.getValue())).toList());
        long open = items.stream().filter(i -> i.status() != MeasureStatus.DONE).count();
        long cannot = items.stream().filter(i -> i.status() == MeasureStatus.CANNOT).count();
        summary.set(items.isEmpty() ? messages.get("measures.none")
                : messages.format("measures.summary", items.size(), open, cannot));
    }
}
