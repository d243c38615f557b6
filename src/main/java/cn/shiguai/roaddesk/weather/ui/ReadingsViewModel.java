package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingRecord;
import cn.shiguai.roaddesk.weather.ReadingStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The readings screen: the form, the readings kept, and the level they lead to. Saving and
 * evaluating run off the FX thread; a failed save leaves the form as typed and says why.
 */
public final class ReadingsViewModel {
    private static final int RECENT = 200;

    private final ReadingFormViewModel form;
    private final ReadingStore store;
    private final RulesEngine engine;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final ObservableList<ReadingRow> readings = FXCollections.observableArrayList();
    private final ObjectProperty<Evaluation> evaluation = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReadingsViewModel(ReadingFormViewModel form, ReadingStore store, RulesEngine engine, TaskRunner tasks,
                             Messages messages, Clock clock, Supplier<String> currentUser) {
        this.form = form;
        this.store = store;
        this.engine = engine;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    public ReadingFormViewModel form() {
        return form;
    }

    public ObservableList<ReadingRow> readings() {
        return readings;
    }

    public ReadOnlyObjectProperty<Evaluation> evaluation() {
        return evaluation;
    }

    /** What the last action achieved, for the status line. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the last save failed; empty after a success. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** The day the level is evaluated for: today in the district. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(engine.ruleSet().zone()));
    }

    /** Loads what was kept before and evaluates today. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(store.recent(RECENT), engine.evaluate(store.inputFor(today()))),
                loaded -> {
                    readings.setAll(loaded.records().stream().map(r -> ReadingRow.of(r, messages)).toList());
                    evaluation.set(loaded.evaluation());
                    busy.set(false);
                },
                t -> failed("readings.loadFailed", t));
    }

    /** Saves the form if it is valid; returns false (and changes nothing) when it is not. */
    public boolean add() {
        var draft = form.draft();
        if (draft.isEmpty() || busy.get()) {
            return false;
        }
        busy.set(true);
        ReadingDraft d = draft.get();
        String user = currentUser.get();
        tasks.run(() -> {
            ReadingRecord saved = store.save(d, user);
            return new Saved(saved, engine.evaluate(store.inputFor(today())));
        }, saved -> {
            readings.add(0, ReadingRow.of(saved.record(), messages));
            evaluation.set(saved.evaluation());
            form.clearAfterSave();
            error.set("");
            status.set(messages.format("readings.saved", saved.record().draft().observation().location()));
            busy.set(false);
        }, t -> failed("readings.saveFailed", t));
        return true;
    }

    private void failed(String key, Throwable t) {
        busy.set(false);
        error.set(messages.format(key, describe(t)));
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Loaded(List<ReadingRecord> records, Evaluation evaluation) { }

    private record Saved(ReadingRecord record, Evaluation evaluation) { }
}
