package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.board.AlertLog;
import cn.shiguai.roaddesk.board.Alerts;
import cn.shiguai.roaddesk.board.BoardSettings;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The desk's alerts: raised from the board's urgent items, shown again every few minutes until
 * acknowledged, the acknowledgement written to the duty log (who, when, what) before the alert
 * closes. The sound follows the office's setting and can be muted for the rest of the shift:
 * the mute ends by itself at the handover, since the next officer never chose it.
 */
public final class AlertsViewModel {
    /** Used until the settings are first read. */
    static final Duration DEFAULT_REPEAT = Duration.ofMinutes(5);
    /** How far back an acknowledgement still holds when the desk starts again: a shift and more. */
    static final Duration REMEMBERED = Duration.ofHours(24);

    /** What to show: the alerts' texts in the window's language, and whether to sound. */
    public record Shown(List<String> texts, boolean sound) { }

    private final Alerts alerts;
    private final BoardViewModel board;
    private final AlertLog log;
    private final TaskRunner tasks;
    private final Ticker ticker;
    private final Messages messages;
    private final Supplier<String> officer;
    private final ChangeBus changes;
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper band = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Consumer<Shown> show = s -> { };

    public AlertsViewModel(Alerts alerts, BoardViewModel board, AlertLog log, TaskRunner tasks, Ticker ticker,
                           Messages messages, Supplier<String> officer, ChangeBus changes) {
        this.alerts = alerts;
        this.board = board;
        this.log = log;
        this.tasks = tasks;
        this.ticker = ticker;
        this.messages = messages;
        this.officer = officer;
        this.changes = changes;
        // Before the board's first load on the same queue: what was acknowledged before a restart
        // is known before any item could be raised again.
        tasks.run(() -> log.acknowledgedSince(ticker.clock().instant().minus(REMEMBERED)), seen -> {
            alerts.remember(seen);
            refresh();
        }, t -> error.set(messages.format("alert.failed", Failures.describe(t, messages))));
        board.board().addListener((o, a, b) -> {
            if (b != null) {
                present(alerts.update(b));
            }
        });
        ticker.now().addListener((o, a, now) -> present(alerts.repeatsDue(now, repeat())));
        refresh();
    }

    /** How the view shows an alert: a notification, the tone, the window brought to attention. */
    public void onShow(Consumer<Shown> show) {
        this.show = show;
    }

    /** How many alerts wait for an acknowledgement; the header band shows while there are any. */
    public ReadOnlyIntegerProperty open() { return open.getReadOnlyProperty(); }
    public ReadOnlyStringProperty band() { return band.getReadOnlyProperty(); }
    /** The sound is muted for this officer's shift. */
    public ReadOnlyBooleanProperty muted() { return muted.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    /** Acknowledges what is open now; it closes once the duty log has the acknowledgement. */
    public void acknowledge() {
        List<Alerts.Alert> seen = alerts.open();
        if (seen.isEmpty()) {
            return;
        }
        String by = officer.get();
        Instant at = ticker.clock().instant();
        tasks.run(() -> log.acknowledged(seen, by, at), seq -> {
            alerts.acknowledge(seen);
            error.set("");
            refresh();
            changes.publish(Change.LOG);
        }, t -> error.set(messages.format("alert.failed", Failures.describe(t, messages))));
    }

    /** Mutes the sound for the rest of this shift, or turns it back on; either is logged. */
    public void toggleMute() {
        boolean mute = !muted.get();
        String by = officer.get();
        Instant at = ticker.clock().instant();
        tasks.run(() -> log.muted(mute, by, at), seq -> {
            alerts.muteFor(mute ? by : null);
            refresh();
            changes.publish(Change.LOG);
        }, t -> error.set(messages.format("alert.failed", Failures.describe(t, messages))));
    }

    private void present(List<Alerts.Alert> due) {
        refresh();
        if (due.isEmpty()) {
            return;
        }
        Instant now = ticker.now().get();
        BoardSettings settings = board.settings();
        boolean sound = (settings == null || settings.sound()) && !muted.get();
        show.accept(new Shown(due.stream().map(a -> board.words().sentence(a.item(), now)).toList(), sound));
    }

    private void refresh() {
        muted.set(alerts.mutedFor(officer.get()));
        List<Alerts.Alert> now = alerts.open();
        open.set(now.size());
        band.set(now.isEmpty() ? "" : messages.format("alert.band", now.size(),
                board.words().sentence(now.get(now.size() - 1).item(), ticker.now().get())));
    }

    private Duration repeat() {
        BoardSettings settings = board.settings();
        return settings == null ? DEFAULT_REPEAT : Duration.ofMinutes(settings.repeatMinutes());
    }
}
