package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.ResponseService;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The response screen: what the plan recommends today and why and the response in force — the
 * desk's situation, the same the header shows — the history of decisions, and the decision
 * dialog. The level in force changes only through a recorded decision.
 */
public final class ResponseViewModel {
    private final ResponseService responses;
    private final SituationModel situation;
    private final TaskRunner tasks;
    private final Messages messages;
    private final EvaluationText text;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final ObservableList<DecisionRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> correctableId = new ReadOnlyObjectWrapper<>();

    public ResponseViewModel(ResponseService responses, SituationModel situation, TaskRunner tasks, Messages messages,
                             EvaluationText text, Clock clock, Supplier<String> currentUser, ChangeBus changes) {
        this.responses = responses;
        this.situation = situation;
        this.tasks = tasks;
        this.messages = messages;
        this.text = text;
        this.clock = clock;
        this.currentUser = currentUser;
        changes.subscribe(c -> {
            if (c == Change.DECISIONS || c == Change.ROSTER) {
                tasks.onUiThread(this::load);
            }
        });
    }

    /** The desk's situation: the recommendation and the response in force. Null until it is first computed. */
    public ReadOnlyObjectProperty<Situation> situation() { return situation.situation(); }
    public ObservableList<DecisionRow> history() { return history; }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    /** The one decision that may be corrected now (the latest that stands), or null. */
    public ReadOnlyObjectProperty<Long> correctableId() { return correctableId.getReadOnlyProperty(); }

    /** The decisions taken so far. */
    public void load() {
        tasks.run(() -> new Loaded(responses.decisions(100), responses.correctable().map(d -> d.id()).orElse(null)),
                loaded -> {
                    history.setAll(loaded.decisions().stream().map(d -> DecisionRow.of(d, messages, text)).toList());
                    correctableId.set(loaded.correctable());
                }, t -> error.set(messages.format("response.loadFailed", Failures.describe(t, messages))));
    }

    /**
     * A dialog model for a new decision against the situation now: the recommendation and the
     * response in force as the header shows them, the roster of today read fresh from the store.
     */
    public void openDecision(Consumer<DecisionDialogViewModel> show) {
        Situation now = situation.get();
        if (now == null) {
            return;
        }
        tasks.run(responses::authority, authority -> show.accept(new DecisionDialogViewModel(authority,
                        now.recommendation(), now.active(), messages, clock, text.zone()).recordedBy(responses.recorder())),
                t -> error.set(messages.format("response.loadFailed", Failures.describe(t, messages))));
    }

    /** A correction of the selected decision, if it is the one that may be corrected now. */
    public void openCorrection(DecisionRow row, Consumer<DecisionCorrectionViewModel> show) {
        if (row == null || correctableId.get() == null || row.record().id() != correctableId.get()) {
            return;
        }
        tasks.run(responses::authority, authority -> show.accept(new DecisionCorrectionViewModel(authority, row.record(),
                messages, text.zone())), t -> error.set(messages.format("response.loadFailed", Failures.describe(t, messages))));
    }

    /** Records the correction; on failure the dialog's content is kept and the reason shown. */
    public void correct(DecisionCorrectionViewModel dialog, Runnable onRecorded, Consumer<String> onFailed) {
        var correction = dialog.correction();
        var when = dialog.decidedAtInstant().orElse(clock.instant());
        String user = currentUser.get();
        tasks.run(() -> responses.correct(correction, when, user), recorded -> {
            error.set("");
            status.set(messages.format("response.corrected", correction.correctsId()));
            onRecorded.run();
        }, t -> onFailed.accept(messages.format("response.decideFailed", Failures.describe(t, messages))));
    }

    /** Records the dialog's decision; on failure the dialog's content is kept and the reason shown. */
    public void decide(DecisionDialogViewModel dialog, Runnable onRecorded, Consumer<String> onFailed) {
        var request = dialog.request();
        var when = dialog.decidedAtInstant().orElse(clock.instant());
        String user = currentUser.get();
        tasks.run(() -> responses.decide(request, when, user), recorded -> {
            error.set("");
            status.set(messages.format("response.recorded", messages.get("decision.kind." + recorded.kind().name()),
                    text.levelName(recorded.level())));
            onRecorded.run();
        }, t -> onFailed.accept(messages.format("response.decideFailed", Failures.describe(t, messages))));
    }

    private record Loaded(java.util.List<cn.shiguai.roaddesk.response.DecisionRecord> decisions, Long correctable) { }
}
