package cn.shiguai.roaddesk.users.ui;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.handover.HandoverNote;
import cn.shiguai.roaddesk.handover.Handovers;
import java.util.Optional;
import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.users.Sessions;
import cn.shiguai.roaddesk.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in layer over the desk (issue 14, item 4): which form it shows, what it says, and the
 * idle watch that locks the seat. The work runs off the FX thread through {@link Sessions}; the
 * desk underneath keeps everything typed while the layer is up.
 */
public final class SignInModel {
    /** What the layer shows; {@link #NONE} when the desk is in use. */
    public enum Mode { NONE, SIGN_IN, HANDOVER, FIRST_START }

    private final Sessions sessions;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ChangeBus.Scope changes;
    private final IntSupplier lockMinutes;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final javafx.collections.ObservableList<String> handoverItems =
            javafx.collections.FXCollections.observableArrayList();
    private final StringProperty handoverSummary = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty summaryWritten = new javafx.beans.property.SimpleBooleanProperty();
    private final Handovers handovers;
    private User incoming;
    private Optional<HandoverNote> pendingNote = Optional.empty();
    private volatile Instant lastActivity;

    /** @param lockMinutes minutes without a key or a click before the seat locks; read at each check */
    public SignInModel(Sessions sessions, TaskRunner tasks, Messages messages, Clock clock, ChangeBus.Scope changes,
                       IntSupplier lockMinutes) {
        this(sessions, null, tasks, messages, clock, changes, lockMinutes);
    }

    /** @param handovers the open items an incoming duty officer acknowledges; null where the desk keeps no handovers (tests) */
    public SignInModel(Sessions sessions, Handovers handovers, TaskRunner tasks, Messages messages, Clock clock,
                       ChangeBus.Scope changes, IntSupplier lockMinutes) {
        this.handovers = handovers;
        this.sessions = sessions;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.changes = changes;
        this.lockMinutes = lockMinutes;
        this.lastActivity = clock.instant();
    }

    public ObjectProperty<Mode> mode() { return mode; }
    public StringProperty title() { return title; }
    public StringProperty problem() { return problem; }
    /** The user name last signed in, offered in the name field after a lock. */
    public StringProperty lastName() { return lastName; }
    public ReadOnlyBooleanProperty working() { return working.getReadOnlyProperty(); }
    /** At a handover to a duty officer: the items open now, each to be ticked. */
    public javafx.collections.ObservableList<String> handoverItems() { return handoverItems; }
    /** The outgoing officer's summary as the incoming one reads it, or the request to note what was said. */
    public StringProperty handoverSummary() { return handoverSummary; }
    /** Whether the outgoing officer left a summary; if not, the incoming one notes what was said. */
    public javafx.beans.property.BooleanProperty summaryWritten() { return summaryWritten; }

    /** The window's first state: the first start's form on a desk without users, else the sign-in. */
    public void open() {
        sessions.lockUntilSignIn();
        tasks.run(sessions::firstStart, first -> {
            mode.set(first ? Mode.FIRST_START : Mode.SIGN_IN);
            title.set(messages.get(first ? "firstStart.title" : "signIn.title"));
        }, this::failed);
    }

    public void signIn(String name, char[] password) {
        problem.set("");
        working.set(true);
        tasks.run(() -> {
            try {
                return sessions.signIn(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, outcome -> {
            working.set(false);
            if (outcome instanceof Sessions.Outcome.SignedIn in) {
                opened(in.user().actor());
            } else if (outcome instanceof Sessions.Outcome.Handover h) {
                incoming = h.to();
                title.set(messages.format("handover.question", h.from(), h.to().actor().person()));
                prepareHandover(h.to());
            } else if (outcome instanceof Sessions.Outcome.Refused r) {
                problem.set(r.why().message(messages));
            }
        }, this::failed);
    }

    /** An incoming duty officer reads the outgoing summary and what is open; anyone else only confirms. */
    private void prepareHandover(User to) {
        if (handovers == null || to.role() != cn.shiguai.roaddesk.access.Role.DUTY_OFFICER) {
            pendingNote = Optional.empty();
            handoverItems.clear();
            summaryWritten.set(false);
            handoverSummary.set(messages.get("handover.note"));
            mode.set(Mode.HANDOVER);
            return;
        }
        working.set(true);
        tasks.run(() -> new Prepared(handovers.pending(), handovers.openItems()), prepared -> {
            working.set(false);
            pendingNote = prepared.note();
            summaryWritten.set(prepared.note().isPresent());
            handoverSummary.set(prepared.note().map(n -> messages.format("handover.summaryFrom", n.outgoing(),
                    RecordLanguage.time(n.writtenAt())) + "\n" + n.summary())
                    .orElse(messages.get("handover.noSummaryWritten")));
            handoverItems.setAll(prepared.items());
            mode.set(Mode.HANDOVER);
        }, this::failed);
    }

    private record Prepared(Optional<HandoverNote> note, java.util.List<String> items) { }

    /**
     * @param spoken       what the incoming officer noted of a handover made in person (no summary written)
     * @param acknowledged the open items ticked
     */
    public void confirmHandover(String spoken, java.util.List<String> acknowledged) {
        User to = incoming;
        Optional<HandoverNote> note = pendingNote;
        boolean duty = handovers != null && to.role() == cn.shiguai.roaddesk.access.Role.DUTY_OFFICER;
        java.util.List<String> ticked = java.util.List.copyOf(acknowledged);
        working.set(true);
        tasks.run(() -> {
            String said = note.map(HandoverNote::summary).orElse(spoken);
            if (duty) {
                handovers.requireAcknowledged(ticked);
            }
            // The incoming officer holds the seat first, so the sheet's checkpoint is signed with their key.
            sessions.confirmHandover(to, said);
            if (duty) {
                handovers.takeOver(to.actor(), note, ticked, spoken);
            }
            return to;
        }, user -> {
            working.set(false);
            pendingNote = Optional.empty();
            opened(user.actor());
            changes.publish(Change.DOCUMENTS);
        }, failure -> {
            failed(failure);
            if (failure instanceof cn.shiguai.roaddesk.handover.HandoverException && duty) {
                // What is open changed while they read: the new list, to be ticked again.
                tasks.run(handovers::openItems, handoverItems::setAll, this::failed);
            }
        });
    }

    /** A handover without open items to tick (a director over an officer, or tests): the note only. */
    public void confirmHandover(String note) {
        confirmHandover(note, handoverItems);
    }

    /** Back to the sign-in form; the seat stays locked. */
    public void cancelHandover() {
        incoming = null;
        pendingNote = Optional.empty();
        handoverItems.clear();
        locked(sessions.lastSignedIn().orElse(null));
    }

    public void beginDesk(String admin, char[] adminPassword, char[] adminAgain, String officer, char[] officerPassword,
                          char[] officerAgain) {
        if (!Arrays.equals(adminPassword, adminAgain) || !Arrays.equals(officerPassword, officerAgain)) {
            problem.set(messages.get(Arrays.equals(adminPassword, adminAgain) ? "firstStart.mismatchOfficer"
                    : "firstStart.mismatchAdmin"));
            return;
        }
        problem.set("");
        working.set(true);
        tasks.run(() -> sessions.beginDesk(admin, adminPassword, officer, officerPassword), user -> {
            working.set(false);
            opened(user.actor());
        }, this::failed);
    }

    /** Ctrl+L: the seat locks at once. */
    public void lock() {
        lock(false);
    }

    /** A key or a click at the desk: the idle time starts again. */
    public void touched() {
        lastActivity = clock.instant();
    }

    /** Called by the desk's clock: locks the seat after the set minutes without a key or a click. */
    public void checkIdle(Instant now) {
        if (mode.get() == Mode.NONE && !Duration.between(lastActivity, now).minusMinutes(lockMinutes.getAsInt())
                .isNegative()) {
            lock(true);
        }
    }

    private void lock(boolean idle) {
        if (mode.get() != Mode.NONE) {
            return;
        }
        Actor who = sessions.lastSignedIn().orElse(null);
        locked(who);
        tasks.run(() -> {
            sessions.lock(idle);
            return true;
        }, done -> changes.publish(Change.LOG), this::failed);
    }

    private void locked(Actor who) {
        problem.set("");
        title.set(who == null ? messages.get("signIn.title") : messages.format("signIn.locked", who.person()));
        lastName.set(who == null ? "" : who.name());
        mode.set(Mode.SIGN_IN);
    }

    private void opened(Actor who) {
        lastActivity = clock.instant();
        lastName.set(who.name());
        problem.set("");
        mode.set(Mode.NONE);
        changes.publish(Change.SETTINGS);
        changes.publish(Change.ROSTER);
        changes.publish(Change.LOG);
    }

    private void failed(Throwable failure) {
        working.set(false);
        problem.set(failure instanceof Localized l ? l.message(messages)
                : messages.format("signIn.failed", String.valueOf(failure.getMessage())));
    }
}
