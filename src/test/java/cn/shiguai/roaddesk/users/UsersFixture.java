package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import cn.shiguai.roaddesk.roster.Rosters;
import java.security.SecureRandom;
import java.util.List;

/** A fresh database with users on a clock the test moves; passwords hashed with few iterations. */
final class UsersFixture implements AutoCloseable {
    static final String ADMIN = "王建国";
    static final String PASSWORD = "K12-弯道-结冰-0812";
    /** 08:30 in the district. */
    final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
    final Database db = TestDatabases.fresh(clock);
    final DutyLog log = new DutyLog(db);
    final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());
    final Users users = new Users(db, log, Rosters::withDutyOfficer, hasher);
    final SignIn signIn = new SignIn(db, log, hasher);
    final Actor admin = new Actor(ADMIN, Role.ADMIN);

    User add(String name, Role role) {
        return users.add(name, role, null, PASSWORD.toCharArray(), admin);
    }

    SignInResult signIn(String name, String password) {
        return signIn.signIn(name, password.toCharArray());
    }

    List<String> logTexts() {
        return log.list(LogQuery.between(null, null)).stream().map(LogEntry::text).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
