package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7: a generated database password, kept only in the data directory, and the old empty one migrated. */
class StorePasswordTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T01:00:00Z");

    private DataDirectory data() {
        return DataDirectory.of(dir);
    }

    private Path passwordFile() {
        return dir.resolve(StorePassword.FILE);
    }

    private String url() {
        return OpenOptions.STANDARD.url(data()) + ";IFEXISTS=TRUE";
    }

    private void refusesTheEmptyPassword() {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url(), "sa", "").close());
        assertEquals(28000, refused.getErrorCode());
    }

    private ChainReport entries(int n) {
        try (Database db = Database.open(data(), clock)) {
            DutyLog log = new DutyLog(db);
            for (int i = 0; i < n; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, "第 " + i + " 条"));
            }
            return log.verify();
        }
    }

    /** A database as the versions before this one left it: user sa, empty password, no password file. */
    private void asBefore() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", StorePassword.of(data()));
             Statement s = c.createStatement()) {
            s.execute("ALTER USER sa SET PASSWORD ''");
        }
        Files.delete(passwordFile());
    }

    @Test
    void aNewDatabaseGetsAGeneratedPasswordKeptOwnerOnlyAndNoOtherOpensIt() throws Exception {
        entries(1);
        String password = Files.readString(passwordFile(), StandardCharsets.UTF_8);
        assertTrue(password.matches("[A-Za-z0-9_-]{43}"), "256 random bits: " + password.length());
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(passwordFile()));
        refusesTheEmptyPassword();
        DriverManager.getConnection(url(), "sa", password).close();
    }

    @Test
    void anExistingDatabaseWithTheEmptyPasswordIsMigratedWithoutLoss() throws Exception {
        ChainReport before = entries(5);
        asBefore();
        DriverManager.getConnection(url(), "sa", "").close();

        try (Database db = Database.open(data(), clock, Database.Mode.READ)) {
            assertEquals(before, new DutyLog(db).verify(), "reading changes nothing, the password included");
        }
        assertFalse(Files.exists(passwordFile()));

        ChainReport after = entries(0);
        assertEquals(before, after, "every entry kept, the chain intact");
        assertTrue(Files.isRegularFile(passwordFile()));
        assertFalse(Files.exists(dir.resolve(StorePassword.PENDING)));
        refusesTheEmptyPassword();
        assertEquals(6, entries(1).count(), "and it opens again with the new one");
    }

    @Test
    void anOpenCutShortBetweenTheChangeAndTheRenameIsFinishedByTheNext() throws Exception {
        ChainReport before = entries(3);
        asBefore();
        // The new password written and set, then the process killed before the file was renamed.
        Files.writeString(dir.resolve(StorePassword.PENDING), "das-neue-passwort-aus-dem-abgebrochenen-lauf");
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER sa SET PASSWORD 'das-neue-passwort-aus-dem-abgebrochenen-lauf'");
        }
        assertEquals(before, entries(0));
        assertEquals("das-neue-passwort-aus-dem-abgebrochenen-lauf", StorePassword.of(data()));
        assertFalse(Files.exists(dir.resolve(StorePassword.PENDING)));
    }
}
