package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signing in by name and password (issue 14, items 1 and 4). {@value #MAX_FAILURES} wrong
 * passwords in a row lock the user for {@link #LOCK}; the lock is a row of the user's history
 * and a log entry. A sign-in that succeeds clears the count. Time is the database's clock.
 */
public final class SignIn {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(5);
    private static final String WRONG = "users.signIn.wrong";

    private final Database database;
    private final DutyLog log;
    private final PasswordHasher hasher;
    private final UserRepository repository = new UserRepository();

    public SignIn(Database database, DutyLog log, PasswordHasher hasher) {
        this.database = database;
        this.log = log;
        this.hasher = hasher;
    }

    /** The caller clears {@code password} afterwards; it is not kept. */
    public SignInResult signIn(String name, char[] password) {
        String n = Users.clean(name);
        Optional<UserRow> found = database.read(c -> repository.current(c, n));
        if (found.isEmpty()) {
            hasher.matchNothing(password);
            return refused(WRONG);
        }
        if (found.get().isLockedAt(database.now())) {
            return locked(found.get());
        }
        // Checked outside the write transaction: it takes most of a second, and others write meanwhile.
        boolean right = hasher.matches(password, found.get().passwordHash());
        return database.write(txn -> {
            UserRow row = repository.current(txn, n).orElseThrow();
            Instant at = database.now();
            if (row.isLockedAt(at)) {
                return locked(row);
            }
            if (!right) {
                return failed(txn, row, at);
            }
            if (row.disabled()) {
                return refused("users.signIn.disabled", row.name());
            }
            if (row.failuresCounting() > 0 || row.lockedUntil() != null) {
                repository.append(txn, row.withFailures(0, null), ChangeKind.SIGNED_IN, row.name(), at);
            }
            return new SignInResult.Granted(row.withFailures(0, null).user());
        });
    }

    private SignInResult failed(Connection txn, UserRow row, Instant at) throws SQLException {
        int failures = row.failuresCounting() + 1;
        if (failures < MAX_FAILURES) {
            repository.append(txn, row.withFailures(failures, null), ChangeKind.SIGN_IN_FAILED, DutyLog.SYSTEM_AUTHOR, at);
            return refused(WRONG);
        }
        UserRow lockedRow = row.withFailures(failures, at.plus(LOCK));
        long change = repository.append(txn, lockedRow, ChangeKind.LOCKED, DutyLog.SYSTEM_AUTHOR, at);
        log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.SYSTEM, RecordLanguage.text("users.log.locked",
                row.name(), MAX_FAILURES, RecordLanguage.time(lockedRow.lockedUntil())))
                .concerning(LinkType.USER_CHANGE, change));
        return locked(lockedRow);
    }

    private static SignInResult locked(UserRow row) {
        return refused("users.signIn.locked", row.name(), MAX_FAILURES, UserStateText.clock(row.lockedUntil()));
    }

    private static SignInResult refused(String key, Object... args) {
        return new SignInResult.Refused(key, List.of(args));
    }
}
