package cn.shiguai.roaddesk.users.ui;

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
    private User incoming;
    private volatile Instant lastActivity;

    /** @param lockMinutes minutes without a key or a click before the seat locks; read at each check */
    public SignInModel(Sessions sessions, TaskRunner tasks, Messages messages, Clock clock, ChangeBus.Scope changes,
                       IntSupplier lockMinutes) {
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
                mode.set(Mode.HANDOVER);
            } else if (outcome instanceof Sessions.Outcome.Refused r) {
                problem.set(r.why().message(messages));
            }
        }, this::failed);
    }

    public void confirmHandover(String note) {
        User to = incoming;
        working.set(true);
        tasks.run(() -> {
            sessions.confirmHandover(to, note);
            return to;
        }, user -> {
            working.set(false);
            opened(user.actor());
        }, this::failed);
    }

    /** Back to the sign-in form; the seat stays locked. */
    public void cancelHandover() {
        incoming = null;
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
