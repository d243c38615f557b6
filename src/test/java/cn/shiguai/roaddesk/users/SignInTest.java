package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import static cn.shiguai.roaddesk.users.UsersFixture.ADMIN;
import static cn.shiguai.roaddesk.users.UsersFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in and the lock after five wrong passwords, on a clock the test moves: no sleeps. */
class SignInTest {
    private static final String WRONG = "用户名或密码不正确。";
    private static final String LOCKED = "用户 李春梅 因连续 5 次密码错误已锁定至 08:35：请到时再试，或请管理员解锁。";
    private final UsersFixture f = new UsersFixture();

    @BeforeEach
    void users() {
        f.add(ADMIN, Role.ADMIN);
        f.add("李春梅", Role.DUTY_OFFICER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theRightPasswordGivesTheUserWithTheirRole() {
        var granted = assertInstanceOf(SignInResult.Granted.class, f.signIn(" 李春梅 ", PASSWORD));
        assertEquals(Role.DUTY_OFFICER, granted.user().role());
        assertEquals("李春梅", granted.user().name());
    }

    @Test
    void anUnknownNameAndAWrongPasswordAreTheSameRefusal() {
        assertEquals(WRONG, said(f.signIn("无此人", PASSWORD)));
        assertEquals(WRONG, said(f.signIn("李春梅", PASSWORD + "x")));
        assertEquals(WRONG, said(f.signIn("李春梅", "")));
        assertEquals("The user name or the password is wrong.",
                ((SignInResult.Refused) f.signIn("无此人", PASSWORD)).message(Messages.english()));
    }

    @Test
    void fiveWrongPasswordsLockForFiveMinutesAndTheLogSaysUntilWhen() {
        for (int i = 1; i < SignIn.MAX_FAILURES; i++) {
            assertEquals(WRONG, said(f.signIn("李春梅", "错的密码错的密码" + i)), "attempt " + i);
        }
        assertEquals(LOCKED, said(f.signIn("李春梅", "错的密码错的密码5")));
        f.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertEquals(LOCKED, said(f.signIn("李春梅", PASSWORD)), "the right password does not open a lock");
        assertTrue(f.users.find("李春梅").orElseThrow().isLockedAt(f.db.now()));
        f.clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", PASSWORD));
        assertEquals("用户 李春梅 连续 5 次密码错误，已锁定至 1月12日 08:35", f.logTexts().get(2));
        assertEquals(3, f.logTexts().size(), "failures short of a lock, and sign-ins, are not log entries");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        fail(4);
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", PASSWORD));
        assertEquals(0, f.users.find("李春梅").orElseThrow().failedSignIns());
        fail(4);
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", PASSWORD), "4 + 4 failures are not 5 in a row");
    }

    @Test
    void aLockThatRanOutStartsTheCountAgain() {
        fail(5);
        f.clock.advance(SignIn.LOCK);
        fail(4);
        assertFalse(f.users.find("李春梅").orElseThrow().isLockedAt(f.db.now()));
        fail(1);
        assertTrue(f.users.find("李春梅").orElseThrow().isLockedAt(f.db.now()));
    }

    @Test
    void anAdministratorUnlocks() {
        fail(5);
        assertTrue(f.users.unlock("李春梅", f.admin));
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", PASSWORD));
        assertEquals("管理员 王建国 为用户 李春梅 解锁", f.logTexts().get(3));
        assertFalse(f.users.unlock("李春梅", f.admin), "nothing to unlock: nothing written");
        assertEquals(4, f.logTexts().size());
    }

    @Test
    void anAdministratorClearsFailuresShortOfALock() {
        fail(4);
        assertTrue(f.users.unlock("李春梅", f.admin));
        fail(4);
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", PASSWORD));
    }

    @Test
    void lockedSaysSoInEnglishToo() {
        fail(5);
        assertEquals("User 李春梅 is locked until 08:35 after 5 wrong passwords in a row: try again then, or ask an "
                + "administrator to unlock.", ((SignInResult.Refused) f.signIn("李春梅", PASSWORD)).message(Messages.english()));
        assertEquals(List.of("已锁定至 08:35", "正常"), List.of(
                UserStateText.of(f.users.find("李春梅").orElseThrow(), f.db.now(), Messages.chinese()),
                UserStateText.of(f.users.find(ADMIN).orElseThrow(), f.db.now(), Messages.chinese())));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertInstanceOf(SignInResult.Refused.class, f.signIn("李春梅", "错的密码错的密码"));
        }
    }

    private static String said(SignInResult result) {
        return assertInstanceOf(SignInResult.Refused.class, result).message(Messages.chinese());
    }
}
