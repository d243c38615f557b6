package cn.shiguai.roaddesk.roster.ui;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.roster.Position;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterService;
import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.roster.TermRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The roster screen: who holds each post today, the history of a post, the office's duty
 * officers; changing a holder ends the old term and keeps it, so past reports name who held
 * the post then.
 */
public final class RosterViewModel {
    private final RosterService roster;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;
    private final ObservableList<RosterRow> current = FXCollections.observableArrayList();
    private final ObservableList<RosterRow> history = FXCollections.observableArrayList();
    private final ObservableList<RosterRow> dutyOfficers = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedPosition = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Roster loaded;

    public RosterViewModel(RosterService roster, TaskRunner tasks, Messages messages, Clock clock, ZoneId zone,
                           Supplier<String> currentUser, ChangeBus changes) {
        this.roster = roster;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        changes.subscribe(c -> {
            if (c == Change.ROSTER) {
                tasks.onUiThread(this::load);
            }
        });
        selectedPosition.addListener((o, a, b) -> showHistory());
    }

    /** Every post with its holder today; the office director is marked. */
    public ObservableList<RosterRow> current() { return current; }
    /** All terms of the selected post, newest first. */
    public ObservableList<RosterRow> history() { return history; }
    public ObservableList<RosterRow> dutyOfficers() { return dutyOfficers; }
    public ObjectProperty<String> selectedPosition() { return selectedPosition; }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public void load() {
        tasks.run(roster::roster, r -> {
            loaded = r;
            LocalDate today = today();
            current.setAll(r.positions().stream().sorted(Comparator.comparingInt(Position::sortOrder))
                    .map(p -> r.history(p.key()).stream().filter(t -> t.role().holdsThePost() && t.covers(today))
                            .findFirst().map(t -> row(p, t)).orElse(vacant(p)))
                    .toList());
            // Open terms only: an officer whose term was just ended is off the list, though on the record.
            dutyOfficers.setAll(r.dutyOfficersOn(today).stream().filter(Term::isOpen).map(t -> row(r.office(), t)).toList());
            showHistory();
        }, t -> error.set(messages.format("roster.loadFailed", Failures.describe(t, messages))));
    }

    /** Why the change cannot be made, or empty; the pure roster model decides. */
    public String problemWithChange(String positionKey, String person, LocalDate start) {
        if (person == null || person.isBlank()) {
            return messages.get("roster.problem.person");
        }
        if (start == null) {
            return messages.get("roster.problem.start");
        }
        try {
            loaded.changeHolder(positionKey, person, start, null);
            return "";
        } catch (RuntimeException e) {
            return messages.format("roster.problem.refused", e.getMessage());
        }
    }

    public void changeHolder(String positionKey, String person, LocalDate start, String note, Runnable done,
                             Consumer<String> failed) {
        String user = currentUser.get();
        tasks.run(() -> {
            roster.changeHolder(positionKey, person, start, note, user);
            return person;
        }, p -> {
            status.set(messages.format("roster.changed", loaded.requirePosition(positionKey).title(), p, start));
            done.run();
        }, t -> failed.accept(messages.format("roster.changeFailed", Failures.describe(t, messages))));
    }

    public void appointDutyOfficer(String person, LocalDate start, Runnable done, Consumer<String> failed) {
        String user = currentUser.get();
        tasks.run(() -> {
            roster.appointDutyOfficer(person, start, null, user);
            return person;
        }, p -> {
            status.set(messages.format("roster.appointed", p, start));
            done.run();
        }, t -> failed.accept(messages.format("roster.changeFailed", Failures.describe(t, messages))));
    }

    public void endDutyOfficer(RosterRow row, Runnable done, Consumer<String> failed) {
        String user = currentUser.get();
        LocalDate lastDay = today();
        tasks.run(() -> {
            roster.endDutyOfficer(row.person(), lastDay, user);
            return row.person();
        }, p -> {
            status.set(messages.format("roster.ended", p, lastDay));
            done.run();
        }, t -> failed.accept(messages.format("roster.changeFailed", Failures.describe(t, messages))));
    }

    private void showHistory() {
        String key = selectedPosition.get();
        if (loaded == null || key == null) {
            history.clear();
            return;
        }
        Position p = loaded.requirePosition(key);
        history.setAll(loaded.history(key).stream().filter(t -> t.role().holdsThePost())
                .sorted(Comparator.comparing(Term::start).reversed()).map(t -> row(p, t)).toList());
    }

    private RosterRow row(Position p, Term t) {
        // 刘雪峰 leads the traffic police and directs the office: mark the director wherever he appears.
        boolean director = t.role() == TermRole.DIRECTOR || (t.covers(today()) && t.role().holdsThePost()
                && loaded.directorOn(today()).map(d -> d.isHeldBy(t.person())).orElse(false));
        String role = t.role() == TermRole.DIRECTOR ? messages.get("roster.officeDirector")
                : t.role() == TermRole.DUTY_OFFICER ? messages.get("roster.dutyOfficer")
                : messages.get("roster.role." + p.groupRole().name()) + (director ? messages.get("roster.director") : "");
        return new RosterRow(p.key(), p.title(), role,
                t.person(), t.start().toString(), t.end() == null ? messages.get("roster.current") : t.end().toString(),
                t.note() == null ? "" : t.note(), director, t);
    }

    private RosterRow vacant(Position p) {
        return new RosterRow(p.key(), p.title(), messages.get("roster.role." + p.groupRole().name()),
                messages.get("roster.vacant"), "", "", "", false, null);
    }
}
