package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.settings.OfficerOnDuty;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signing in and out of one seat (issue 14, item 4), with no display: the window's sign-in layer
 * calls it off the FX thread. A sign-in as the person who locked the seat resumes; as anyone
 * else it is a handover (交接班) the incoming user confirms, never a silent switch. Each sign-in,
 * handover and lock is a duty-log entry naming who.
 */
public final class Sessions {
    private final Seat seat;
    private final SignIn signIn;
    private final Users users;
    private final OfficerOnDuty officer;
    private final Database database;
    private final DutyLog log;
    private final Consumer<String> firstShift;
    /** The person last signed in at this seat, or null before the first sign-in. */
    private volatile Actor last;
    private volatile SignInKeys keys = SignInKeys.NONE;

    /** @param firstShift puts the first officer on the roster and names them at the desk (the office's, as the system) */
    public Sessions(Seat seat, SignIn signIn, Users users, OfficerOnDuty officer, Database database, DutyLog log,
                    Consumer<String> firstShift) {
        this.seat = seat;
        this.signIn = signIn;
        this.users = users;
        this.officer = officer;
        this.database = database;
        this.log = log;
        this.firstShift = firstShift;
    }

    /** What a sign-in came to. */
    public sealed interface Outcome {
        /** Signed in: the desk opens for {@code user}. */
        record SignedIn(User user) implements Outcome { }

        /** The password was right, but the seat was someone else's: the incoming user confirms the handover. */
        record Handover(String from, User to) implements Outcome { }

        record Refused(SignInResult.Refused why) implements Outcome { }
    }

    /** What each sign-in unlocks with the password (the signing key of checkpoints); set by the composition root. */
    public void unlockKeysWith(SignInKeys unlocked) {
        this.keys = unlocked;
    }

    /** Whether the desk has no users yet: the window then asks for the administrator and the first officer. */
    public boolean firstStart() {
        return users.list().isEmpty();
    }

    /** The seat, locked until someone signs in: the window's state before its first sign-in. */
    public void lockUntilSignIn() {
        seat.lock();
    }

    public boolean isLocked() {
        return seat.isLocked();
    }

    /** Who signed in last (shown on the lock screen), if anyone. */
    public Optional<Actor> lastSignedIn() {
        return Optional.ofNullable(last);
    }

    public Outcome signIn(String name, char[] password) {
        SignInResult result = signIn.signIn(name, password);
        if (result instanceof SignInResult.Refused refused) {
            return new Outcome.Refused(refused);
        }
        User user = ((SignInResult.Granted) result).user();
        keys.unlock(user, password);
        Optional<String> from = handingOverFrom(user);
        if (from.isPresent()) {
            return new Outcome.Handover(from.get(), user);
        }
        open(user, "users.log.signedIn");
        return new Outcome.SignedIn(user);
    }

    /**
     * The incoming user takes the seat: a duty officer becomes the officer on duty (the handover
     * logged with the note, in one transaction), anyone else signs in over the last person.
     */
    public void confirmHandover(User to, String note) {
        Actor incoming = to.actor();
        if (to.role() == Role.DUTY_OFFICER && !Roster.samePerson(officer.name(), incoming.person())) {
            officer.handOverTo(incoming.person(), note);
        }
        open(to, "users.log.tookOver");
    }

    /** Ctrl+L or the idle time: nothing is written from the seat until someone signs in. */
    public void lock(boolean idle) {
        Actor who = seat.actor();
        seat.lock();
        if (!who.isSystem()) {
            append(RecordLanguage.text(idle ? "users.log.lockedIdle" : "users.log.lockedByHand", who.words()));
        }
    }

    /**
     * The first start of a desk: the administrator and the first duty officer, both users; the
     * officer is put on the roster and named at the desk, and signed in.
     */
    public User beginDesk(String adminName, char[] adminPassword, String officerName, char[] officerPassword) {
        // Everything is checked before anything is written: a half-begun desk would have an
        // administrator and no one to keep the record.
        String person = officerName == null ? "" : officerName.strip();
        users.checkNew(adminName, null);
        users.checkNew(person, null);
        if (Users.clean(adminName).equals(Users.clean(person))) {
            throw new UsersException("users.firstStart.sameName");
        }
        Users.refuseWeak(adminPassword);
        Users.refuseWeak(officerPassword);
        users.add(adminName, Role.ADMIN, null, adminPassword, Actor.system());
        firstShift.accept(person);
        User first = users.add(person, Role.DUTY_OFFICER, person, officerPassword, Actor.system());
        keys.unlock(first, officerPassword);
        open(first, "users.log.signedIn");
        return first;
    }

    private Optional<String> handingOverFrom(User user) {
        Actor previous = last;
        String person = user.actor().person();
        if (previous != null && !Roster.samePerson(previous.person(), person)) {
            return Optional.of(previous.person());
        }
        if (previous == null && user.role() == Role.DUTY_OFFICER && officer.isNamed()
                && !Roster.samePerson(officer.name(), person)) {
            return Optional.of(officer.name());
        }
        return Optional.empty();
    }

    private void open(User user, String logKey) {
        Actor who = user.actor();
        if (!officer.isNamed() && user.role() == Role.DUTY_OFFICER) {
            firstShift.accept(who.person());
        }
        seat.signIn(who);
        keys.signedIn(user);
        last = who;
        append(RecordLanguage.text(logKey, who.words()));
    }

    private void append(String text) {
        database.write(txn -> log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.SYSTEM, text)));
    }
}
