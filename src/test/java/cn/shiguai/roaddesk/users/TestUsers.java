package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.roster.Roster;
import java.security.SecureRandom;
import java.util.function.Supplier;

/** Users and sign-in for tests of other packages, hashing with few iterations. */
public final class TestUsers {
    private TestUsers() {
    }

    public static PasswordHasher fastHasher() {
        return new PasswordHasher(1_000, new SecureRandom());
    }

    public static Users users(Database db, DutyLog log, Supplier<Roster> roster) {
        return new Users(db, log, roster, fastHasher());
    }

    public static SignIn signIn(Database db, DutyLog log) {
        return new SignIn(db, log, fastHasher());
    }
}
