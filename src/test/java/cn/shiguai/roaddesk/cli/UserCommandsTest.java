package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.users.PasswordHasher;
import cn.shiguai.roaddesk.users.SignIn;
import cn.shiguai.roaddesk.users.SignInResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code user add|list|passwd|disable|unlock} as a script runs them: the password on the first
 * line of standard input (the tests' standard input is no terminal, so there is no console).
 */
class UserCommandsTest {
    private static final String PASSWORD = "K12-弯道-结冰-0812";

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.toString()), Stream.of(args)).toArray(String[]::new));
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void addListAndTheLogInWordsWithThePasswordNowhere() throws IOException {
        CliRun added = run(PASSWORD + "\n这一行不是密码\n", "user", "add", "--role", "admin", "王建国");
        assertEquals(0, added.status(), added.err());
        assertEquals("已新增用户 王建国（管理员）。", added.out().strip());
        CliRun second = run(PASSWORD + "\r\n", "user", "add", "--role", "director", "刘 雪峰", "--person", "刘雪峰");
        assertEquals(0, second.status(), second.err());

        CliRun list = run("", "user", "list");
        assertEquals(0, list.status(), list.err());
        assertEquals(List.of("用户名\t角色\t名册人员\t状态", "王建国\t管理员\t—\t正常", "刘 雪峰\t应急办主任\t刘雪峰\t正常"),
                List.of(list.lines()));
        CliRun log = run("", "log", "list");
        assertTrue(log.out().contains("系统 新增用户 王建国（管理员）"), log.out());
        assertTrue(log.out().contains("系统 新增用户 刘 雪峰（应急办主任，名册人员 刘雪峰）"), log.out());

        for (String said : List.of(added.out(), added.err(), list.out(), log.out())) {
            assertFalse(said.contains(PASSWORD) || said.contains("pbkdf2"), said);
        }
        byte[] secret = PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(file), secret), "the password is in " + file);
            }
        }
    }

    @Test
    void aShortOrMissingPasswordIsRefusedInASentence() {
        CliRun shortOne = run("123456789\n", "user", "add", "--role", "duty-officer", "李春梅");
        assertEquals(2, shortOne.status());
        assertEquals("密码至少需要 10 个字符，输入的只有 9 个；未做任何改动。", shortOne.err().strip());
        CliRun none = run("", "user", "add", "--role", "duty-officer", "李春梅");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("没有读到密码"), none.err());
        CliRun list = run("", "user", "list");
        assertEquals(0, list.status(), list.err());
        assertEquals("还没有用户。", list.out().strip());
    }

    @Test
    void aLineThatIsNotUtf8IsRefused() {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28, '\n'}));
        try {
            CliRun run = CliRun.of("--data-dir", dir.toString(), "user", "add", "--role", "admin", "王建国");
            assertEquals(2, run.status());
            assertEquals("标准输入的第一行不是 UTF-8 文本；未做任何改动。", run.err().strip());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void passwdDisableAndUnlock() {
        assertEquals(0, run(PASSWORD + "\n", "user", "add", "--role", "admin", "王建国").status());
        assertEquals(0, run(PASSWORD + "\n", "user", "add", "--role", "duty-officer", "李春梅").status());
        CliRun passwd = run("另一个足够长的新密码啊\n", "user", "passwd", "李春梅");
        assertEquals(0, passwd.status(), passwd.err());
        assertEquals("已更改用户 李春梅 的密码。", passwd.out().strip());

        lockOut("李春梅");
        String locked = run("", "user", "list").lines()[2];
        assertTrue(locked.matches("李春梅\t值班员\t—\t已锁定至 \\d\\d:\\d\\d"), locked);
        CliRun unlock = run("", "user", "unlock", "李春梅");
        assertEquals("已为用户 李春梅 解锁。", unlock.out().strip());
        assertEquals("用户 李春梅 没有被锁定，也没有待清除的密码错误次数；未做任何改动。",
                run("", "user", "unlock", "李春梅").out().strip());

        assertEquals(2, run("", "user", "disable", "王建国").status(), "the last administrator stays");
        CliRun disable = run("", "user", "disable", "李春梅");
        assertEquals(0, disable.status(), disable.err());
        assertEquals("李春梅\t值班员\t—\t已停用", run("", "user", "list").lines()[2]);
        String log = run("", "log", "list").out();
        for (String text : List.of("系统 更改了用户 李春梅 的密码", "用户 李春梅 连续 5 次密码错误，已锁定至", "系统 为用户 李春梅 解锁",
                "系统 停用用户 李春梅")) {
            assertTrue(log.contains(text), text + " missing from\n" + log);
        }
    }

    /** Five wrong passwords through the service, on the same data directory. */
    private void lockOut(String name) {
        try (Database db = Database.open(DataDirectory.of(dir), Clock.systemUTC())) {
            SignIn signIn = new SignIn(db, new DutyLog(db), new PasswordHasher());
            for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
                assertTrue(signIn.signIn(name, "错的密码错的密码".toCharArray()) instanceof SignInResult.Refused);
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
