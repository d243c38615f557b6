package cn.shiguai.roaddesk.users;

import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.access.Actor;
import static cn.shiguai.roaddesk.users.UsersFixture.ADMIN;
import static cn.shiguai.roaddesk.users.UsersFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.roster.Rosters;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersTest {
    private final UsersFixture f = new UsersFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAddedUserIsLoggedInWordsAsAPersonWritesIt() {
        f.add(ADMIN, Role.ADMIN);
        f.users.add("李春梅", Role.DUTY_OFFICER, null, PASSWORD.toCharArray(), f.admin);
        f.users.add("刘 雪峰", Role.DIRECTOR, "刘雪峰", PASSWORD.toCharArray(), f.admin);
        assertEquals(List.of("管理员 王建国 新增用户 王建国（管理员）", "管理员 王建国 新增用户 李春梅（值班员）",
                "管理员 王建国 新增用户 刘 雪峰（应急办主任，名册人员 刘雪峰）"), f.logTexts());
        assertEquals(List.of(new User(ADMIN, Role.ADMIN, null, false, 0, null),
                new User("李春梅", Role.DUTY_OFFICER, null, false, 0, null),
                new User("刘 雪峰", Role.DIRECTOR, "刘雪峰", false, 0, null)), f.users.list());
        var entry = f.log.list(cn.shiguai.roaddesk.dutylog.LogQuery.between(null, null)).get(1);
        assertEquals(ADMIN, entry.author());
        assertEquals(LinkType.USER_CHANGE, entry.links().get(0).type());
    }

    @Test
    void theSystemAddsTheFirstAdministratorFromTheCommandLine() {
        f.users.add(" 王建国 ", Role.ADMIN, null, PASSWORD.toCharArray(), Actor.system());
        assertEquals(List.of("系统 新增用户 王建国（管理员）"), f.logTexts());
        assertTrue(f.users.find("王建国").isPresent(), "the name is kept without the blanks around it");
    }

    @Test
    void neitherThePasswordNorItsHashIsEverInTheLog() throws Exception {
        f.add(ADMIN, Role.ADMIN);
        f.add("李春梅", Role.DUTY_OFFICER);
        f.users.changePassword("李春梅", "另一个足够长的新密码啊".toCharArray(), f.admin);
        List<String> hashes = storedHashes();
        assertEquals(3, hashes.size());
        for (String hash : hashes) {
            assertFalse(hash.contains(PASSWORD) || hash.contains("另一个足够长的新密码啊"), hash);
            for (String text : f.logTexts()) {
                assertFalse(text.contains(PASSWORD) || text.contains("另一个足够长的新密码啊") || text.contains(hash), text);
                assertFalse(text.contains("pbkdf2"), text);
            }
        }
    }

    @Test
    void aNewPasswordIsANewRowAndTheOldOneNoLongerSignsIn() throws Exception {
        f.add("李春梅", Role.DUTY_OFFICER);
        f.users.changePassword("李春梅", "另一个足够长的新密码啊".toCharArray(), f.admin);
        f.users.changePassword("李春梅", "第三个足够长的新密码啊".toCharArray(), new Actor("李春梅", Role.DUTY_OFFICER));
        assertEquals(3, storedHashes().size(), "nothing updated in place");
        assertInstanceOf(SignInResult.Refused.class, f.signIn("李春梅", PASSWORD));
        assertInstanceOf(SignInResult.Granted.class, f.signIn("李春梅", "第三个足够长的新密码啊"));
        assertEquals(List.of("管理员 王建国 新增用户 李春梅（值班员）", "管理员 王建国 更改了用户 李春梅 的密码",
                "值班员 李春梅 更改了自己的密码"), f.logTexts());
    }

    @Test
    void refusalsSaySoAndWriteNothing() {
        f.add("李春梅", Role.DUTY_OFFICER);
        List<String> said = new ArrayList<>();
        for (Runnable refused : List.<Runnable>of(
                () -> f.add("李春梅", Role.LEADER),
                () -> f.add(" ", Role.LEADER),
                () -> f.add("王\u001b[2J", Role.LEADER),
                () -> f.add("字".repeat(101), Role.LEADER),
                () -> f.users.add("张三", Role.LEADER, "不在名册的人", PASSWORD.toCharArray(), f.admin),
                () -> f.users.add("张三", Role.LEADER, null, "short".toCharArray(), f.admin),
                () -> f.users.changePassword("李春梅", "123456789".toCharArray(), f.admin),
                () -> f.users.changePassword("无此人", PASSWORD.toCharArray(), f.admin),
                () -> f.users.disable("无此人", f.admin),
                () -> f.users.unlock("无此人", f.admin))) {
            said.add(assertThrows(UsersException.class, refused::run).message(Messages.chinese()));
        }
        assertEquals(List.of("已有名为“李春梅”的用户。用户从不删除，停用的用户名也不能再用；未做任何改动。",
                "用户名不可用：内容不能为空：只有空格、不换行空格或零宽字符也算空。",
                "用户名不可用：第 2 个字符是控制字符 U+001B，不能写入记录（只允许换行和制表符）。",
                "用户名不可用：内容有 101 个字，超过了 100 个字的上限。", "名册中没有“不在名册的人”这个人：请先在名册中登记，或不写 --person；未做任何改动。",
                "密码至少需要 10 个字符，输入的只有 5 个；未做任何改动。", "密码至少需要 10 个字符，输入的只有 9 个；未做任何改动。",
                "没有名为“无此人”的用户；未做任何改动。", "没有名为“无此人”的用户；未做任何改动。",
                "没有名为“无此人”的用户；未做任何改动。"), said);
        assertEquals(1, f.users.list().size());
        assertEquals(1, f.logTexts().size());
    }

    @Test
    void aDisabledUserStaysListedAndCannotSignIn() {
        f.add(ADMIN, Role.ADMIN);
        f.add("李春梅", Role.DUTY_OFFICER);
        f.users.disable("李春梅", f.admin);
        assertTrue(f.users.find("李春梅").orElseThrow().disabled());
        var refused = assertInstanceOf(SignInResult.Refused.class, f.signIn("李春梅", PASSWORD));
        assertEquals("用户 李春梅 已停用，不能登录：请与管理员联系。", refused.message(Messages.chinese()));
        var again = assertThrows(UsersException.class, () -> f.users.disable("李春梅", f.admin));
        assertEquals("users.error.alreadyDisabled", again.messageKey());
        assertThrows(UsersException.class, () -> f.add("李春梅", Role.DUTY_OFFICER), "a name is not reused");
        assertEquals("管理员 王建国 停用用户 李春梅", f.logTexts().get(2));
    }

    @Test
    void theLastAdministratorInUseIsNotDisabled() {
        f.add(ADMIN, Role.ADMIN);
        var refused = assertThrows(UsersException.class, () -> f.users.disable(ADMIN, f.admin));
        assertEquals("users.error.lastAdmin", refused.messageKey());
        f.add("赵管理", Role.ADMIN);
        f.users.disable(ADMIN, new Actor("赵管理", Role.ADMIN));
        assertTrue(f.users.find(ADMIN).orElseThrow().disabled());
    }

    @Test
    void rowsRefuseUpdateAndDelete() {
        f.add("李春梅", Role.DUTY_OFFICER);
        for (String sql : List.of("UPDATE desk_user_change SET disabled = TRUE", "DELETE FROM desk_user_change",
                "UPDATE desk_user SET name = '别人'", "DELETE FROM desk_user")) {
            assertThrows(DataAccessException.class, () -> TestDatabases.tamper(f.db, sql), sql);
        }
        assertEquals(1, f.users.list().size());
    }

    /** An administrator's hash swapped behind the application's back, the triggers dropped first: log verify finds it. */
    @Test
    void aSwappedPasswordHashIsFoundByTheLogsRecordCheck() {
        f.add(ADMIN, Role.ADMIN);
        assertTrue(f.log.verifyRecords().intact());
        String mine = f.hasher.hash("攻击者自己的密码123".toCharArray());
        TestDatabases.tamper(f.db, "DROP TRIGGER desk_user_change_append_only",
                "UPDATE desk_user_change SET password_hash = '" + mine + "'");
        var result = f.log.verifyRecords();
        assertFalse(result.intact());
        assertEquals(LinkType.USER_CHANGE, result.findings().get(0).type());
    }

    @Test
    void aPersonIsLinkedAsTheRosterSpellsThem() {
        User user = f.users.add("高慧", Role.LEADER, "高 慧", PASSWORD.toCharArray(), f.admin);
        String spelled = Rosters.withDutyOfficer().terms().stream().map(t -> t.person())
                .filter(p -> cn.shiguai.roaddesk.roster.Roster.samePerson(p, "高慧")).findFirst().orElseThrow();
        assertEquals(spelled, user.person());
    }

    private List<String> storedHashes() {
        return f.db.read(c -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM desk_user_change ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
            return hashes;
        });
    }
}
