package cn.shiguai.roaddesk.users.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.settings.DeskSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The idle lock with a clock the test moves: the set minutes without a key or a click lock the seat. */
class IdleLockTest {
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final Office office = Office.onCallingThread(TestDatabases.fresh(clock), new RuleSetLoader().loadDefault(),
            clock);

    private SignInModel signedIn(int minutes) {
        SignInModel model = new SignInModel(office.sessions(), new SameThreadTaskRunner(), Messages.chinese(), clock,
                office.changes().scope(), () -> minutes);
        model.open();
        assertEquals(SignInModel.Mode.FIRST_START, model.mode().get());
        model.beginDesk("admin", "管理员的密码很长很长".toCharArray(), "管理员的密码很长很长".toCharArray(), "李春梅",
                "李春梅的密码也够长了".toCharArray(), "李春梅的密码也够长了".toCharArray());
        assertEquals(SignInModel.Mode.NONE, model.mode().get(), model.problem().get());
        return model;
    }

    @Test
    void theSeatLocksAfterTheSetMinutesWithoutActivityAndNotBefore() {
        SignInModel model = signedIn(15);
        clock.advance(Duration.ofMinutes(10));
        model.touched();
        clock.advance(Duration.ofMinutes(14));
        model.checkIdle(clock.instant());
        assertFalse(office.seat().isLocked(), "a click ten minutes in starts the idle time again");
        clock.advance(Duration.ofMinutes(1));
        model.checkIdle(clock.instant());
        assertTrue(office.seat().isLocked());
        assertEquals(SignInModel.Mode.SIGN_IN, model.mode().get());
        assertTrue(model.title().get().startsWith("值班台已锁定：李春梅"), model.title().get());
        assertEquals("李春梅", model.lastName().get(), "the name is offered: the officer types only the password");
    }

    @Test
    void mismatchedPasswordsOnTheFirstStartAreSaidAndNothingIsWritten() {
        SignInModel model = new SignInModel(office.sessions(), new SameThreadTaskRunner(), Messages.chinese(), clock,
                office.changes().scope(), () -> 15);
        model.open();
        model.beginDesk("admin", "管理员的密码很长很长".toCharArray(), "管理员的密码很长很长".toCharArray(), "李春梅",
                "李春梅的密码也够长了".toCharArray(), "李春梅的密码也够长啦".toCharArray());
        assertEquals("值班员的两次密码不一致，请重新输入。", model.problem().get());
        assertEquals(SignInModel.Mode.FIRST_START, model.mode().get());
        assertTrue(office.sessions().firstStart());
    }

    @Test
    void theLockTimeIsASettingOnlyTheAdministratorChanges() {
        assertEquals(15, new DeskSettings(office.stores().settings()).lockMinutes());
        new DeskSettings(office.stores().settings()).setLockMinutes(30, "系统");
        assertEquals(30, new DeskSettings(office.stores().settings()).lockMinutes());
    }
}
