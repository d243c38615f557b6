package cn.shiguai.roaddesk.warnings.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import cn.shiguai.roaddesk.warnings.WarningsInForce;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The warning signals in force as the header and the readings screen show them: read again
 * when a signal arrives, is replaced or withdrawn, and thinned as the clock passes their end,
 * so an expired signal leaves by itself. Forecasts only: nothing here touches the level.
 */
public final class WarningsModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final WarningsInForce warnings;
    private final TaskRunner tasks;
    private final Ticker ticker;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper all = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private List<WarningInForce> read = List.of();

    public WarningsModel(WarningsInForce warnings, TaskRunner tasks, ChangeBus changes, Ticker ticker,
                         Messages messages, ZoneId zone) {
        this.warnings = warnings;
        this.tasks = tasks;
        this.ticker = ticker;
        this.messages = messages;
        this.zone = zone;
        changes.subscribe(change -> {
            if (change == Change.WARNINGS) {
                tasks.onUiThread(this::load);
            }
        });
        ticker.now().addListener((o, a, now) -> show(now));
    }

    /** One line per signal in force: issuer, signal, until when; the highest colour first. */
    public ObservableList<String> lines() { return lines; }
    /** "预警 2" for the header; empty when none is in force. */
    public ReadOnlyStringProperty badge() { return badge.getReadOnlyProperty(); }
    /** Every line in one text, for the badge's tooltip. */
    public ReadOnlyStringProperty all() { return all.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    /** Reads the signals in force off the FX thread. */
    public void load() {
        Instant now = ticker.now().get();
        tasks.run(() -> warnings.at(now), loaded -> {
            read = List.copyOf(loaded);
            error.set("");
            show(ticker.now().get());
        }, t -> error.set(messages.format("warnings.loadFailed", Failures.describe(t, messages))));
    }

    private void show(Instant now) {
        List<String> shown = read.stream().filter(w -> w.holdsAt(now)).map(this::line).toList();
        if (!shown.equals(lines)) {
            lines.setAll(shown);
        }
        badge.set(shown.isEmpty() ? "" : messages.format("warnings.badge", shown.size()));
        all.set(String.join("\n", shown));
    }

    private String line(WarningInForce w) {
        return w.expires() == null ? messages.format("warnings.line.noExpiry", w.issuer(), w.signalName())
                : messages.format("warnings.line", w.issuer(), w.signalName(), WHEN.format(w.expires().atZone(zone)));
    }
}
