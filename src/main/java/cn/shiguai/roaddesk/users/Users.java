package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.NotPermittedException;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.FreeText;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Term;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The desk's users: adding, a new password, disabling, unlocking (issue 14, item 1). Users are
 * never deleted; each change is a new row of the user's history and a duty-log entry in words,
 * linked to that row, in one transaction. The password never reaches the log, nor its hash.
 * Who may call these (an administrator) is the next slice's to check.
 */
public final class Users {
    public static final int MAX_NAME = 100;

    private final Database database;
    private final DutyLog log;
    private final Supplier<Roster> roster;
    private final PasswordHasher hasher;
    private final UserRepository repository = new UserRepository();

    public Users(Database database, DutyLog log, Supplier<Roster> roster, PasswordHasher hasher) {
        this.database = database;
        this.log = log;
        this.roster = roster;
        this.hasher = hasher;
    }

    public List<User> list() {
        return database.read(c -> repository.all(c).stream().map(UserRow::user).toList());
    }

    public Optional<User> find(String name) {
        return database.read(c -> repository.current(c, clean(name)).map(UserRow::user));
    }

    /**
     * What {@link #add} would refuse before a password is asked for: the name, whether it is
     * taken, the roster person. Returns the person as the roster spells them, or null.
     */
    public String checkNew(String name, String person) {
        String n = clean(name);
        FreeText.check(n, MAX_NAME).ifPresent(p -> {
            throw UsersException.name(p);
        });
        if (find(n).isPresent()) {
            throw new UsersException("users.error.nameTaken", n);
        }
        return person == null ? null : rosterPerson(person);
    }

    /** A user who exists, for the commands that ask for a password only then. */
    public User require(String name) {
        return find(name).orElseThrow(() -> new UsersException("users.error.unknown", clean(name)));
    }

    public User add(String name, Role role, String person, char[] password, Actor by) {
        requireManager(by);
        String n = clean(name);
        String linked = checkNew(n, person);
        refuseWeak(password);
        String hash = hasher.hash(password);
        return database.write(txn -> {
            if (repository.current(txn, n).isPresent()) {
                throw new UsersException("users.error.nameTaken", n);
            }
            Instant at = database.now();
            long id = repository.insertUser(txn, n, by.name(), at);
            UserRow state = new UserRow(id, n, 0, role, linked, hash, false, 0, null);
            long change = repository.append(txn, state, ChangeKind.ADDED, by.name(), at);
            String roleWord = RecordLanguage.text(role.textKey());
            String text = linked == null ? RecordLanguage.text("users.log.added", by.words(), n, roleWord)
                    : RecordLanguage.text("users.log.addedPerson", by.words(), n, roleWord, linked);
            logged(txn, by, text, change);
            return state.user();
        });
    }

    public void changePassword(String name, char[] password, Actor by) {
        User user = require(name);
        if (!user.name().equals(by.name())) {
            requireManager(by);
        }
        refuseWeak(password);
        String hash = hasher.hash(password);
        database.write(txn -> {
            UserRow row = current(txn, user.name());
            long change = repository.append(txn, row.withPassword(hash), ChangeKind.PASSWORD, by.name(), database.now());
            String text = by.name().equals(row.name()) ? RecordLanguage.text("users.log.ownPassword", by.words())
                    : RecordLanguage.text("users.log.password", by.words(), row.name());
            return logged(txn, by, text, change);
        });
    }

    /** Disables a user for good; the last administrator in use is refused, or nobody could manage the desk. */
    public void disable(String name, Actor by) {
        requireManager(by);
        database.write(txn -> {
            UserRow row = current(txn, clean(name));
            if (row.disabled()) {
                throw new UsersException("users.error.alreadyDisabled", row.name());
            }
            if (row.role() == Role.ADMIN && repository.all(txn).stream()
                    .noneMatch(u -> u.role() == Role.ADMIN && !u.disabled() && u.userId() != row.userId())) {
                throw new UsersException("users.error.lastAdmin", row.name());
            }
            long change = repository.append(txn, row.withDisabled(), ChangeKind.DISABLED, by.name(), database.now());
            return logged(txn, by, RecordLanguage.text("users.log.disabled", by.words(), row.name()), change);
        });
    }

    /**
     * Ends a lock and clears the failed sign-ins counted towards one. Returns false, writing
     * nothing, when there was neither.
     */
    public boolean unlock(String name, Actor by) {
        requireManager(by);
        return database.write(txn -> {
            UserRow row = current(txn, clean(name));
            Instant at = database.now();
            if (!row.isLockedAt(at) && row.failuresCounting() == 0) {
                return false;
            }
            long change = repository.append(txn, row.withFailures(0, null), ChangeKind.UNLOCKED, by.name(), at);
            logged(txn, by, RecordLanguage.text("users.log.unlocked", by.words(), row.name()), change);
            return true;
        });
    }

    private UserRow current(Connection txn, String name) throws SQLException {
        return repository.current(txn, name).orElseThrow(() -> new UsersException("users.error.unknown", name));
    }

    /** Users are the administrator's (and the system's: the commands run by the data directory's owner). */
    private static void requireManager(Actor by) {
        if (!by.may(Permission.MANAGE_USERS)) {
            throw new NotPermittedException(by, Permission.MANAGE_USERS);
        }
    }

    private long logged(Connection txn, Actor by, String text, long change) throws SQLException {
        return log.append(txn, LogDraft.of(by.name(), LogCategory.SYSTEM, text).concerning(LinkType.USER_CHANGE, change));
    }

    static void refuseWeak(char[] password) {
        Optional<UsersException> refusal = PasswordHasher.refusal(password);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The person as the roster spells them; anyone who ever held a term there. */
    private String rosterPerson(String person) {
        String wanted = clean(person);
        return roster.get().terms().stream().map(Term::person).filter(p -> Roster.samePerson(p, wanted)).findFirst()
                .orElseThrow(() -> new UsersException("users.error.personUnknown", wanted));
    }

    static String clean(String name) {
        return name == null ? "" : name.strip();
    }
}
