package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.users.Sessions;
import cn.shiguai.roaddesk.users.TestUsers;
import cn.shiguai.roaddesk.users.UsersException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4 without a display: the first start, sign-in, lock, resume and handover. */
class SessionsTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
    private final Office office = Office.onCallingThread(TestDatabases.fresh(clock), RULES, clock);
    private final Sessions sessions = office.sessions();

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    private String lastEntry() {
        List<LogEntry> day = office.stores().log().day(DAY);
        return day.get(day.size() - 1).text();
    }

    private void begin() {
        sessions.lockUntilSignIn();
        sessions.beginDesk("admin", pw("管理员的密码很长很长"), " 李春梅 ", pw("李春梅的密码也够长了"));
    }

    @Test
    void theFirstStartMakesTheAdministratorAndTheFirstOfficerAndSignsTheOfficerIn() {
        assertTrue(sessions.firstStart());
        begin();
        assertFalse(sessions.firstStart());
        assertFalse(office.seat().isLocked());
        Actor in = office.seat().actor();
        assertEquals(Role.DUTY_OFFICER, in.role());
        assertEquals("李春梅", in.person());
        assertEquals("李春梅", office.officer().name(), "the first officer is the officer on duty");
        assertTrue(office.roster().roster().dutyOfficersOn(DAY).stream().anyMatch(t -> t.person().equals("李春梅")));
        assertEquals("值班员 李春梅 在值班台登录", lastEntry());
    }

    @Test
    void aFirstStartWithTheSameNameTwiceOrAShortPasswordWritesNothing() {
        sessions.lockUntilSignIn();
        assertThrows(UsersException.class, () -> sessions.beginDesk("李春梅", pw("管理员的密码很长很长"), "李春梅",
                pw("李春梅的密码也够长了")));
        assertThrows(UsersException.class, () -> sessions.beginDesk("admin", pw("管理员的密码很长很长"), "李春梅",
                pw("短")));
        assertTrue(sessions.firstStart(), "no administrator was left behind");
        assertFalse(office.officer().isNamed());
        assertTrue(office.seat().isLocked());
    }

    @Test
    void theSamePersonResumesAfterALockAndAWrongPasswordLeavesTheSeatLocked() {
        begin();
        sessions.lock(false);
        assertTrue(office.seat().isLocked());
        assertEquals("值班台已锁定：值班员 李春梅 离开座位", lastEntry());
        assertInstanceOf(Sessions.Outcome.Refused.class, sessions.signIn("李春梅", pw("不对的密码不对的密码")));
        assertTrue(office.seat().isLocked());
        assertInstanceOf(Sessions.Outcome.SignedIn.class, sessions.signIn("李春梅", pw("李春梅的密码也够长了")));
        assertFalse(office.seat().isLocked());
    }

    @Test
    void anotherOfficerUnlockingIsAHandoverConfirmedAndLoggedNotASilentSwitch() {
        begin();
        TestUsers.users(office.database(), office.stores().log(), () -> office.roster().roster())
                .add("赵晓东", Role.DUTY_OFFICER, null, pw("赵晓东的密码够长了吧"), Actor.system());
        sessions.lock(true);
        assertEquals("值班台已锁定：值班员 李春梅 长时间无操作", lastEntry());
        Sessions.Outcome outcome = sessions.signIn("赵晓东", pw("赵晓东的密码够长了吧"));
        Sessions.Outcome.Handover handover = assertInstanceOf(Sessions.Outcome.Handover.class, outcome);
        assertEquals("李春梅", handover.from());
        assertTrue(office.seat().isLocked(), "until the incoming officer confirms, nobody writes");
        assertEquals("李春梅", office.officer().name());

        sessions.confirmHandover(handover.to(), "K12 弯道临时管制仍在执行");
        assertEquals("赵晓东", office.officer().name());
        assertEquals("赵晓东", office.seat().actor().person());
        List<LogEntry> day = office.stores().log().day(DAY);
        assertTrue(day.stream().anyMatch(e -> e.text().equals(
                "值班交接：李春梅 交班，赵晓东 接班。交接事项：K12 弯道临时管制仍在执行")), "the handover is logged with its note");
        assertEquals("值班员 赵晓东 在值班台接替登录", lastEntry());
    }
}
