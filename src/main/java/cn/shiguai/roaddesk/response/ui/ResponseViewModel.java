package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.ActiveResponse;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.response.ResponseService;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.weather.ReadingStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The response screen: what the plan recommends today and why, the response in force, the
 * history of decisions, and the decision dialog. The level in force changes only through a
 * recorded decision.
 */
public final class ResponseViewModel {
    private final ResponseService responses;
    private final ReadingStore readings;
    private final RulesEngine engine;
    private final TaskRunner tasks;
    private final Messages messages;
    private final EvaluationText text;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final ReadOnlyObjectWrapper<Evaluation> recommendation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<ActiveResponse>> active = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<DecisionRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ResponseViewModel(ResponseService responses, ReadingStore readings, RulesEngine engine, TaskRunner tasks,
                             Messages messages, EvaluationText text, Clock clock, Supplier<String> currentUser,
                             ChangeBus changes) {
        this.responses = responses;
        this.readings = readings;
        this.engine = engine;
        this.tasks = tasks;
        this.messages = messages;
        this.text = text;
        this.clock = clock;
        this.currentUser = currentUser;
        changes.subscribe(c -> {
            if (c == Change.READINGS || c == Change.DECISIONS || c == Change.ROSTER) {
                tasks.onUiThread(this::load);
            }
        });
    }

    public ReadOnlyObjectProperty<Evaluation> recommendation() { return recommendation.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<ActiveResponse>> active() { return active.getReadOnlyProperty(); }
    public ObservableList<DecisionRow> history() { return history; }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(text.zone()));
        tasks.run(() -> new Loaded(engine.evaluate(readings.inputFor(today)), responses.active(), responses.decisions(100)),
                loaded -> {
                    recommendation.set(loaded.evaluation());
                    active.set(loaded.active());
                    history.setAll(loaded.decisions().stream().map(d -> DecisionRow.of(d, messages, text)).toList());
                }, t -> error.set(messages.format("response.loadFailed", Failures.describe(t, messages))));
    }

    /** A dialog model for a new decision against the current recommendation, read fresh from the store. */
    public void openDecision(Consumer<DecisionDialogViewModel> show) {
        LocalDate today = LocalDate.now(clock.withZone(text.zone()));
        tasks.run(() -> new Opened(responses.authority(), engine.evaluate(readings.inputFor(today)), responses.active()),
                opened -> show.accept(new DecisionDialogViewModel(opened.authority(), opened.recommendation(),
                        opened.active(), messages, clock, text.zone())),
                t -> error.set(messages.format("response.loadFailed", Failures.describe(t, messages))));
    }

    /** Records the dialog's decision; on failure the dialog's content is kept and the reason shown. */
    public void decide(DecisionDialogViewModel dialog, Runnable onRecorded, Consumer<String> onFailed) {
        var request = dialog.request();
        var when = dialog.decidedAtInstant().orElse(clock.instant());
        String user = currentUser.get();
        tasks.run(() -> responses.decide(request, dialog.recommendation(), when, user), recorded -> {
            error.set("");
            status.set(messages.format("response.recorded", messages.get("decision.kind." + recorded.kind().name()),
                    text.levelName(recorded.level())));
            onRecorded.run();
        }, t -> onFailed.accept(messages.format("response.decideFailed", Failures.describe(t, messages))));
    }

    private record Loaded(Evaluation evaluation, Optional<ActiveResponse> active, List<DecisionRecord> decisions) { }

    private record Opened(cn.shiguai.roaddesk.response.DecisionAuthority authority, Evaluation recommendation,
                          Optional<ActiveResponse> active) { }
}
