package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 * The duty log screen: the entries of a day or a range, filtered and searched; adding and
 * correcting entries; and whether the chain is intact. Entries are never edited: a correction
 * is a new entry, and the list shows the original as corrected.
 */
public final class DutyLogViewModel {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SEARCH_LIMIT = 500;

    private final DutyLog log;
    private final ChangeBus changes;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableSet<LogCategory> categories = FXCollections.observableSet();
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<LogEntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObjectProperty<LogCategory> newCategory = new SimpleObjectProperty<>(LogCategory.PHONE_IN);
    private final StringProperty newOccurred = new SimpleStringProperty("");
    private final StringProperty newText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper chainStatus = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Boolean> chainIntact = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DutyLogViewModel(DutyLog log, ChangeBus changes, TaskRunner tasks, Messages messages, Clock clock,
                            ZoneId zone, Supplier<String> currentUser) {
        this.log = log;
        this.changes = changes;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.set(today);
        to.set(today);
        resetOccurred();
        // Every change of state writes a log entry: whatever changed, the log has news.
        changes.subscribe(change -> tasks.onUiThread(this::load));
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
    public ObjectProperty<LogCategory> newCategory() { return newCategory; }
    public StringProperty newOccurred() { return newOccurred; }
    public StringProperty newText() { return newText; }
    public ReadOnlyStringProperty chainStatus() { return chainStatus.getReadOnlyProperty(); }
    /** True intact, false broken, null not checked yet. */
    public ObjectProperty<Boolean> chainIntact() { return chainIntact; }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public BooleanProperty busy() { return busy; }

    /** The categories a duty officer may write by hand. */
    public static List<LogCategory> freeCategories() {
        return Arrays.stream(LogCategory.values()).filter(LogCategory::isFree).toList();
    }

    // ---- Commands

    /** Loads the entries of the range (or the search hits), newest first, off the FX thread. */
    public void load() {
        LocalDate f = from.get();
        LocalDate t = to.get() == null || to.get().isBefore(f) ? f : to.get();
        String words = search.get() == null ? "" : search.get().strip();
        Set<LogCategory> only = Set.copyOf(categories);
        String who = author.get() == null || author.get().isBlank() ? null : author.get().strip();
        busy.set(true);
        tasks.run(() -> {
            if (!words.isEmpty()) {
                return log.search(words, SEARCH_LIMIT).stream()
                        .filter(e -> only.isEmpty() || only.contains(e.category()))
                        .filter(e -> who == null || who.equals(e.author())).toList();
            }
            LogQuery q = LogQuery.between(f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant())
                    .withCategories(only).byAuthor(who);
            return log.list(q).stream().sorted(Comparator.comparing(LogEntry::occurredAt)
                    .thenComparingLong(LogEntry::seq).reversed()).toList();
        }, found -> {
            entries.setAll(found.stream().map(e -> LogEntryRow.of(e, messages, zone)).toList());
            found.stream().map(LogEntry::author).distinct().filter(a -> !authors.contains(a)).forEach(authors::add);
            busy.set(false);
        }, this::failed);
    }

    /** Why the new entry cannot be added; empty when it can. */
    public String problem() {
        String typed = newText.get() == null ? null : newText.get().strip();
        Optional<String> textProblem = LogDraft.textProblem(typed).map(p -> p.message(messages));
        if (textProblem.isPresent()) {
            return textProblem.get();
        }
        return parseOccurred() == null ? messages.get("logscreen.problem.time") : "";
    }

    /** Appends the typed entry; what was typed stays if the write fails. */
    public boolean add() {
        if (!problem().isEmpty() || busy.get()) {
            error.set(problem());
            return false;
        }
        LogDraft draft = LogDraft.of(currentUser.get(), newCategory.get(), newText.get().strip())
                .occurredAt(parseOccurred().atZone(zone).toInstant());
        busy.set(true);
        tasks.run(() -> log.append(draft), seq -> {
            newText.set("");
            resetOccurred();
            error.set("");
            status.set(messages.format("logscreen.added", seq));
            busy.set(false);
            changes.publish(Change.LOG);
        }, this::failed);
        return true;
    }

    /**
     * Corrects an entry with a new one that references it. Entries the system wrote are
     * corrected with a note, since a duty officer cannot write system categories.
     */
    public boolean correct(LogEntryRow original, String correctedText) {
        if (correctedText == null || correctedText.isBlank() || busy.get()) {
            return false;
        }
        Optional<String> textProblem = LogDraft.textProblem(correctedText.strip()).map(p -> p.message(messages));
        if (textProblem.isPresent()) {
            error.set(textProblem.get());
            return false;
        }
        LogCategory category = original.entry().category().isFree() ? original.entry().category() : LogCategory.NOTE;
        LogDraft draft = LogDraft.of(currentUser.get(), category, correctedText.strip())
                .occurredAt(original.entry().occurredAt()).correcting(original.seq());
        busy.set(true);
        tasks.run(() -> log.append(draft), seq -> {
            status.set(messages.format("logscreen.corrected", original.seq(), seq));
            error.set("");
            busy.set(false);
            changes.publish(Change.LOG);
        }, this::failed);
        return true;
    }

    /** Recomputes the whole chain, off the FX thread. */
    public void verify() {
        chainStatus.set(messages.get("logscreen.verifying"));
        tasks.run(log::verify, this::showChain, this::failed);
    }

    public void resetOccurred() {
        newOccurred.set(LocalDateTime.now(clock.withZone(zone)).format(INPUT));
    }

    private void showChain(ChainReport report) {
        chainIntact.set(report.intact());
        chainStatus.set(report.intact()
                ? messages.format("log.verify.intact", report.count(), abbreviate(report.headHash()))
                : messages.format("log.verify." + report.problem().name(), report.firstBadSeq(), report.count()));
    }

    private LocalDateTime parseOccurred() {
        try {
            return LocalDateTime.parse(newOccurred.get().strip().replace('：', ':'), INPUT);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "…" : hash;
    }

    private void failed(Throwable t) {
        busy.set(false);
        error.set(messages.format("logscreen.failed", Failures.describe(t, messages)));
    }
}
