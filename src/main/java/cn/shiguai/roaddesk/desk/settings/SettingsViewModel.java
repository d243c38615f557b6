package cn.shiguai.roaddesk.desk.settings;

import cn.shiguai.roaddesk.settings.OfficerOnDuty;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.pdf.CjkFontLocator;
import cn.shiguai.roaddesk.handover.Handovers;
import cn.shiguai.roaddesk.settings.DeskSettings;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The desk's settings: language, the shift handover, how soon a quiet location is marked
 * stale, the duty board's times and the alerts' sound, and the font documents are printed in. Each change is a setting (logged by the store).
 */
public final class SettingsViewModel {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final DeskSettings settings;
    private final OfficerOnDuty officer;
    private final Handovers handovers;
    private final Runnable lockSeat;
    private final ChangeBus changes;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<String> switchLanguage;

    private final StringProperty language = new SimpleStringProperty();
    private final ReadOnlyStringWrapper currentOfficer = new ReadOnlyStringWrapper();
    private final StringProperty handoverNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper openItems = new ReadOnlyStringWrapper("");
    private final IntegerProperty lockMinutes = new SimpleIntegerProperty(DeskSettings.Range.LOCK.defaultValue);
    private final IntegerProperty staleHours = new SimpleIntegerProperty(DeskSettings.DEFAULT_STALE_HOURS);
    private final IntegerProperty measureWait = new SimpleIntegerProperty(DeskSettings.Range.MEASURE_WAIT.defaultValue);
    private final StringProperty dailyReportBy = new SimpleStringProperty("18:30");
    private final IntegerProperty superiorsEvery = new SimpleIntegerProperty(
            DeskSettings.Range.SUPERIORS_EVERY.defaultValue);
    private final BooleanProperty alertSound = new SimpleBooleanProperty(true);
    private final IntegerProperty alertRepeat = new SimpleIntegerProperty(DeskSettings.Range.ALERT_REPEAT.defaultValue);
    private final StringProperty fontPath = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fontStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param handovers the outgoing officer's summary with the items open now (交接班)
     * @param lockSeat  locks the seat once the summary is written, for the next officer to sign in
     */
    public SettingsViewModel(SettingsRepository settings, OfficerOnDuty officer, Handovers handovers, Runnable lockSeat,
                             ChangeBus changes, TaskRunner tasks, Messages messages, Clock clock, ZoneId zone,
                             Consumer<String> switchLanguage) {
        this.settings = new DeskSettings(settings);
        this.officer = officer;
        this.handovers = handovers;
        this.lockSeat = lockSeat;
        this.changes = changes;
        // A handover made at the sign-in layer, or at another seat, changes who is on duty and what is open.
        changes.subscribe(change -> {
            if (change == Change.SETTINGS || change == Change.ROSTER) {
                tasks.onUiThread(() -> {
                    currentOfficer.set(officer.name());
                    refreshOpenItems();
                });
            }
        });
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.switchLanguage = switchLanguage;
        language.set(messages.isChinese() ? "zh" : "en");
        currentOfficer.set(officer.name());
    }

    public StringProperty language() { return language; }
    public ReadOnlyStringProperty currentOfficer() { return currentOfficer.getReadOnlyProperty(); }
    public StringProperty handoverNote() { return handoverNote; }
    /** What is open now, one item a line: what the summary hands over and the next officer acknowledges. */
    public ReadOnlyStringProperty openItems() { return openItems.getReadOnlyProperty(); }
    /** Minutes without a key or a click before the seat locks (saved with the board's settings). */
    public IntegerProperty lockMinutes() { return lockMinutes; }
    public IntegerProperty staleHours() { return staleHours; }
    /** The board's times and the alerts' sound, saved together. */
    public IntegerProperty measureWait() { return measureWait; }
    public StringProperty dailyReportBy() { return dailyReportBy; }
    public IntegerProperty superiorsEvery() { return superiorsEvery; }
    public BooleanProperty alertSound() { return alertSound; }
    public IntegerProperty alertRepeat() { return alertRepeat; }
    public StringProperty fontPath() { return fontPath; }
    public ReadOnlyStringProperty fontStatus() { return fontStatus.getReadOnlyProperty(); }
    /** Which store the desk works on, read-only: the embedded file, or the server several seats share. */
    public ReadOnlyStringProperty store() { return store.getReadOnlyProperty(); }
    private final ReadOnlyStringWrapper webSources = new ReadOnlyStringWrapper("");
    private java.util.function.Supplier<java.util.List<cn.shiguai.roaddesk.inputs.http.SourceStatus>> sources =
            java.util.List::of;

    /**
     * @param server host, port and database of the PostgreSQL server, or null for the embedded file
     * @param role   the role the seat signed in to the server with; ignored for the embedded file
     */
    public void showStore(String server, String role, String dataDirectory) {
        store.set(server == null ? messages.format("settings.store.embedded", dataDirectory)
                : messages.format("settings.store.server", server, role));
    }
    /** The web sources and where each stands, one line each; read-only (sources.properties in the data directory). */
    public ReadOnlyStringProperty webSources() { return webSources.getReadOnlyProperty(); }

    /** Where the web sources are read from: in memory, cheap, so on the FX thread. */
    public void showWebSources(java.util.function.Supplier<java.util.List<cn.shiguai.roaddesk.inputs.http.SourceStatus>> from) {
        this.sources = from;
        refreshWebSources();
    }

    /** The sources' states as they stand now: called as the desk's clock ticks. */
    public void refreshWebSources() {
        webSources.set(WebSourceLines.of(sources.get(), messages, zone, clock.instant()));
    }

    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        tasks.run(() -> new Loaded(handovers.openItems(), settings.lockMinutes(),
                        settings.staleHours(), settings.font().map(Path::toString).orElse(""),
                        settings.measureWaitMinutes(), settings.dailyReportBy(), settings.superiorsEveryHours(),
                        settings.alertSound(), settings.alertRepeatMinutes()),
                loaded -> {
                    openItems.set(listed(loaded.openItems()));
                    lockMinutes.set(loaded.lockMinutes());
                    staleHours.set(loaded.staleHours());
                    fontPath.set(loaded.font());
                    measureWait.set(loaded.measureWait());
                    dailyReportBy.set(loaded.dailyBy().format(HH_MM));
                    superiorsEvery.set(loaded.superiorsEvery());
                    alertSound.set(loaded.sound());
                    alertRepeat.set(loaded.repeat());
                }, this::failed);
    }

    /** Saves the language and rebuilds the window in it. */
    public void applyLanguage() {
        String chosen = "en".equals(language.get()) ? "en" : "zh";
        String by = officer.name();
        tasks.run(() -> {
            settings.setLanguage(chosen, by);
            return chosen;
        }, switchLanguage, this::failed);
    }

    /**
     * 交班: the summary and the items open now are logged for the next officer, and the seat
     * locks, so the next one signs in and acknowledges each item (issue 14, item 5).
     */
    public void handOver() {
        String summary = handoverNote.get() == null ? "" : handoverNote.get().strip();
        if (summary.isEmpty()) {
            error.set(messages.get("handover.problem.summary"));
            return;
        }
        tasks.run(() -> handovers.handOver(summary), note -> {
            handoverNote.set("");
            error.set("");
            status.set(messages.format("settings.handedOver", note.openItems().size()));
            changes.publish(Change.LOG);
            lockSeat.run();
        }, this::failed);
    }

    /** Brings the open items up to date (the screen shown again, something changed). */
    public void refreshOpenItems() {
        tasks.run(handovers::openItems, items -> openItems.set(listed(items)), this::failed);
    }

    private String listed(java.util.List<String> items) {
        if (items.isEmpty()) {
            return messages.get("handover.noItems");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return text.toString();
    }

    public void saveStaleHours() {
        int hours = staleHours.get();
        String by = officer.name();
        tasks.run(() -> {
            settings.setStaleHours(hours, by);
            return hours;
        }, h -> {
            status.set(messages.format("settings.staleSaved", h));
            changes.publish(Change.SETTINGS);
        }, this::failed);
    }

    /** Why the board's settings cannot be saved (a time of day not as 18:30), or empty. */
    public String boardProblem() {
        return dailyBy().isEmpty() ? messages.get("settings.problem.dailyBy") : "";
    }

    public void saveBoard() {
        if (!boardProblem().isEmpty()) {
            error.set(boardProblem());
            return;
        }
        int wait = measureWait.get();
        LocalTime by = dailyBy().orElseThrow();
        int every = superiorsEvery.get();
        boolean sound = alertSound.get();
        int repeat = alertRepeat.get();
        int lock = lockMinutes.get();
        String who = officer.name();
        tasks.run(() -> {
            settings.setBoard(wait, by, every, sound, repeat, who);
            settings.setLockMinutes(lock, who);
            return by;
        }, saved -> {
            error.set("");
            status.set(messages.format("settings.boardSaved", wait, saved.format(HH_MM), every));
            changes.publish(Change.SETTINGS);
            changes.publish(Change.LOG);
        }, this::failed);
    }

    private Optional<LocalTime> dailyBy() {
        try {
            return Optional.of(LocalTime.parse(dailyReportBy.get() == null ? "" : dailyReportBy.get().strip(),
                    DateTimeFormatter.ofPattern("H:mm")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Checks the font (a TrueType CJK font, or empty for the usual system fonts) and keeps it if usable. */
    public void saveFont() {
        String path = fontPath.get() == null ? "" : fontPath.get().strip();
        String by = officer.name();
        tasks.run(() -> {
            String found;
            try (CjkFontLocator locator = new CjkFontLocator(path.isEmpty() ? null : Path.of(path))) {
                found = locator.locate().description();
            }
            settings.setFont(path, by);
            return found;
        }, found -> {
            error.set("");
            fontStatus.set(messages.format("settings.fontOk", found));
        }, t -> fontStatus.set(Failures.describe(t, messages)));
    }

    private void failed(Throwable t) {
        error.set(messages.format("settings.failed", Failures.describe(t, messages)));
    }

    private record Loaded(java.util.List<String> openItems, int lockMinutes, int staleHours, String font, int measureWait,
                          LocalTime dailyBy, int superiorsEvery, boolean sound, int repeat) { }
}
