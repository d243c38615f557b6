package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import cn.shiguai.roaddesk.dutylog.OpenCallback;
import cn.shiguai.roaddesk.dutylog.PhoneCalls;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The duty log screen: the entries of a day or a range, filtered and searched; writing an entry
 * (a phone call with its particulars and any promised call back); correcting one; the calls
 * still to be returned; and whether the chain is intact. Entries are never edited: a
 * correction is a new entry, and the list shows the original as corrected.
 */
public final class DutyLogViewModel {
    /** The category a new entry starts with, again after every save. */
    public static final LogCategory DEFAULT_CATEGORY = LogEntryForm.DEFAULT_CATEGORY;
    private static final int SEARCH_LIMIT = 500;

    private final DutyLog log;
    private final PhoneCalls calls;
    private final ChangeBus changes;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;
    private final LogEntryForm form;
    private final ChainCheck chain;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableSet<LogCategory> categories = FXCollections.observableSet();
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<LogEntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObservableList<OpenCallback> openCallbacks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param longTasks where the whole chain is verified, apart from the queue of saves */
    public DutyLogViewModel(DutyLog log, PhoneCalls calls, ChangeBus changes, TaskRunner tasks, TaskRunner longTasks,
                            Messages messages, Clock clock, ZoneId zone, Supplier<String> currentUser) {
        this.log = log;
        this.calls = calls;
        this.changes = changes;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        this.form = new LogEntryForm(messages, clock, zone);
        this.chain = new ChainCheck(log, longTasks, messages);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.set(today);
        to.set(today);
        // Every change of state writes a log entry: whatever changed, the log has news.
        changes.subscribe(change -> tasks.onUiThread(() -> {
            // Every change of the desk's records writes to the log (the rule set's reload excepted).
            if (change != Change.RULES) {
                chain.outdated();
            }
            load();
        }));
    }

    // ---- Properties

    public ObjectProperty<LocalDate> from() { return from; }
    public ObjectProperty<LocalDate> to() { return to; }
    /** Categories shown; empty shows all. */
    public ObservableSet<LogCategory> categories() { return categories; }
    public StringProperty author() { return author; }
    public StringProperty search() { return search; }
    /** Newest first. */
    public ObservableList<LogEntryRow> entries() { return entries; }
    public ObservableList<String> authors() { return authors; }
    /** Calls the office promised to return and has not yet, the most urgent first. */
    public ObservableList<OpenCallback> openCallbacks() { return openCallbacks; }
    /** The new entry being written. */
    public LogEntryForm form() { return form; }
    public ObjectProperty<LogCategory> newCategory() { return form.category(); }
    public StringProperty newOccurred() { return form.occurred().text(); }
    public StringProperty newText() { return form.text(); }
    /** 校验日志链. */
    public ChainCheck chain() { return chain; }
    public ReadOnlyStringProperty chainStatus() { return chain.status(); }
    public ObjectProperty<Boolean> chainIntact() { return chain.intact(); }
    /** What needs one more Enter (a time far from now); empty otherwise. */
    public ReadOnlyStringProperty warning() { return warning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public BooleanProperty busy() { return busy; }
    /** The district's zone, in which every time is shown. */
    public ZoneId zone() { return zone; }

    /** The categories a duty officer may write by hand. */
    public static List<LogCategory> freeCategories() {
        return Arrays.stream(LogCategory.values()).filter(LogCategory::isFree).toList();
    }

    // ---- Commands

    /** Loads the entries of the range (or the search hits), newest first, and the open call backs. */
    public void load() {
        LocalDate f = from.get();
        LocalDate t = to.get() == null || to.get().isBefore(f) ? f : to.get();
        String words = search.get() == null ? "" : search.get().strip();
        Set<LogCategory> only = Set.copyOf(categories);
        String who = author.get() == null || author.get().isBlank() ? null : author.get().strip();
        busy.set(true);
        tasks.run(() -> new Loaded(find(f, t, words, only, who), calls.open()), loaded -> {
            entries.setAll(loaded.entries().stream().map(e -> LogEntryRow.of(e, messages, zone)).toList());
            loaded.entries().stream().map(LogEntry::author).distinct().filter(a -> !authors.contains(a))
                    .forEach(authors::add);
            openCallbacks.setAll(loaded.callbacks());
            busy.set(false);
        }, this::failed);
    }

    /** Why the new entry cannot be added; empty when it can. */
    public String problem() {
        return form.problem();
    }

    /** Appends the typed entry; what was typed stays if the write fails or a far time awaits a second Enter. */
    public boolean add() {
        if (!problem().isEmpty() || busy.get()) {
            error.set(problem());
            return false;
        }
        FollowingTime.Check time = form.occurred().attemptSave();
        warning.set(time.message());
        if (time.gate() != FollowingTime.Gate.SAVE) {
            return false;
        }
        LogEntryForm.Entry entry = form.entry(currentUser.get());
        busy.set(true);
        tasks.run(() -> entry.call().map(call -> calls.record(entry.draft(), call))
                .orElseGet(() -> log.append(entry.draft())), seq -> {
            form.reset();
            error.set("");
            status.set(messages.format("logscreen.added", seq));
            busy.set(false);
            changes.publish(Change.LOG);
        }, this::failed);
        return true;
    }

    /** A correction of an entry, to fill in: its category, time and text as they were. */
    public LogCorrectionForm correction(LogEntryRow original) {
        return new LogCorrectionForm(original.entry(), messages, clock, zone);
    }

    /** Writes the correction; false (nothing written) while it has a problem. */
    public boolean correct(LogCorrectionForm correction) {
        if (!correction.problem().isEmpty() || busy.get()) {
            return false;
        }
        LogDraft draft = correction.draft(currentUser.get());
        long original = correction.original().seq();
        busy.set(true);
        tasks.run(() -> log.append(draft), seq -> {
            status.set(messages.format("logscreen.corrected", original, seq));
            error.set("");
            busy.set(false);
            changes.publish(Change.LOG);
        }, this::failed);
        return true;
    }

    /** The promised call back was made. */
    public void callbackDone(OpenCallback callback, String note) {
        String by = currentUser.get();
        tasks.run(() -> calls.markDone(callback, by, note), seq -> {
            status.set(messages.format("logscreen.callbackDone", callback.call().caller()));
            changes.publish(Change.LOG);
        }, this::failed);
    }

    public void verify() {
        chain.verify();
    }

    public void resetOccurred() {
        form.occurred().follow();
    }

    /** The clock moved: an untouched time of occurrence moves with it. */
    public void tick() {
        form.occurred().tick();
    }

    private List<LogEntry> find(LocalDate f, LocalDate t, String words, Set<LogCategory> only, String who) {
        if (!words.isEmpty()) {
            return log.search(words, SEARCH_LIMIT).stream()
                    .filter(e -> only.isEmpty() || only.contains(e.category()))
                    .filter(e -> who == null || who.equals(e.author())).toList();
        }
        LogQuery q = LogQuery.between(f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant())
                .withCategories(only).byAuthor(who);
        // By the minute it happened, then in the order written: typed times are to the minute
        // and the desk's own entries to the second, and mixing the two jumbled a busy minute
        // (13, 11, 9, 12, 10 in the first-hour walkthrough).
        return log.list(q).stream().sorted(Comparator.comparing((LogEntry e) ->
                        e.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                .thenComparingLong(LogEntry::seq).reversed()).toList();
    }

    private void failed(Throwable t) {
        busy.set(false);
        error.set(messages.format("logscreen.failed", Failures.describe(t, messages)));
    }

    private record Loaded(List<LogEntry> entries, List<OpenCallback> callbacks) { }
}
