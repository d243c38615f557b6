package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with SQL access drops a table's append-only trigger and edits a record behind the
 * application's back. The entry that recorded it kept its hash, so {@code log verify} names the
 * record and that entry, in words.
 */
class LinkedRecordTamperingTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aDeskThatUsedEveryFeature() {
        TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
        try (Database db = Database.open(DataDirectory.of(dir), clock);
             Office office = Office.onCallingThread(db, TestDesk.RULES, clock)) {
            LogTextsInWordsTest.useEveryFeature(office, clock);
        }
    }

    private CliRun verify() {
        return CliRun.of("--data-dir", dir.toString(), "log", "verify");
    }

    @Test
    void everyRecordOfACoveredKindIsHashedByItsEntry() throws SQLException {
        assertEquals(0, number("SELECT COUNT(*) FROM duty_log_link WHERE record_hash IS NULL AND target_type NOT IN "
                + "('LOCATION', 'ACTIVATION', 'CATALOGUE')"), "a record written after its entry is not covered");
        assertTrue(number("SELECT COUNT(DISTINCT target_type) FROM duty_log_link WHERE record_hash IS NOT NULL") >= 10);
        CliRun intact = verify();
        assertEquals(0, intact.status(), intact.out() + intact.err());
        assertTrue(intact.err().contains("条记录都与现存一致"), intact.err());
        // The export carries the hashes, so the chain can still be recomputed from it alone.
        CliRun jsonl = CliRun.of("--data-dir", dir.toString(), "log", "list", "--format", "jsonl");
        assertTrue(jsonl.out().matches("(?s).*\"recordHash\":\"[0-9a-f]{64}\".*"), jsonl.out());
    }

    @Test
    void anEditedReadingIsNamedWithTheEntryThatRecordedIt() throws SQLException {
        long reading = number("SELECT MIN(id) FROM reading");
        tamper("DROP TRIGGER reading_append_only", "UPDATE reading SET snow_depth_cm = 2 WHERE id = " + reading);
        assertNamed("读数 #" + reading + " 在记录后被改动（值班日志 #" + firstEntry("READING", reading) + " 所记与现存不符）");
    }

    @Test
    void anEditedDecisionIsNamed() throws SQLException {
        long decision = number("SELECT MIN(id) FROM response_decision");
        tamper("DROP TRIGGER decision_append_only",
                "UPDATE response_decision SET decided_by_person = '王某' WHERE id = " + decision);
        assertNamed("决定 #" + decision + " 在记录后被改动（值班日志 #" + firstEntry("DECISION", decision) + " 所记与现存不符）");
    }

    @Test
    void anEditedSettingIsNamed() throws SQLException {
        long setting = number("SELECT MAX(id) FROM setting_change WHERE setting_key IN "
                + "(SELECT setting_key FROM setting_change GROUP BY setting_key HAVING COUNT(*) = 1)");
        tamper("DROP TRIGGER setting_change_append_only",
                "UPDATE setting_change SET setting_value = '李四' WHERE id = " + setting);
        assertNamed("设置 #" + setting + " 在记录后被改动（值班日志 #" + firstEntry("SETTING", setting) + " 所记与现存不符）");
    }

    /** A duty officer made an administrator behind the application's back. */
    @Test
    void aUserGivenAnotherRoleIsNamed() throws SQLException {
        long change = number("SELECT MIN(c.id) FROM desk_user_change c JOIN desk_user u ON u.id = c.user_id "
                + "WHERE u.name = '王海燕'");
        tamper("DROP TRIGGER desk_user_change_append_only",
                "UPDATE desk_user_change SET role = 'ADMIN' WHERE id = " + change);
        assertNamed("用户变更 #" + change + " 在记录后被改动（值班日志 #" + firstEntry("USER_CHANGE", change)
                + " 所记与现存不符）");
    }

    /** The city's level turned into the region's first level behind the application's back. */
    @Test
    void anEditedUpperLevelResponseIsNamed() throws SQLException {
        long upper = number("SELECT MIN(id) FROM upper_response");
        tamper("DROP TRIGGER upper_response_append_only",
                "UPDATE upper_response SET level = 'I', announced_by = '内蒙古自治区' WHERE id = " + upper);
        assertNamed("上级响应 #" + upper + " 在记录后被改动（值班日志 #" + firstEntry("UPPER_RESPONSE", upper)
                + " 所记与现存不符）");
    }

    @Test
    void aRosterTermWhoseEndIsRemovedIsNamed() throws SQLException {
        long term = number("SELECT MIN(term_id) FROM roster_term_end");
        tamper("DROP TRIGGER roster_term_end_append_only", "DELETE FROM roster_term_end WHERE term_id = " + term);
        assertNamed("任职结束 #" + term + " 已不在库中（值班日志 #" + firstEntry("TERM_END", term) + " 记有它）");
    }

    @Test
    void aSwappedPdfWithItsStoredHashIsNamed() throws SQLException {
        long document = number("SELECT MIN(id) FROM issued_document");
        tamper("DROP TRIGGER document_append_only", "UPDATE issued_document SET pdf = X'25504446', sha256 = "
                + "'" + "0".repeat(64) + "' WHERE id = " + document);
        assertNamed("文件 #" + document + " 在记录后被改动（值班日志 #" + firstEntry("DOCUMENT", document) + " 所记与现存不符）");
    }

    @Test
    void aStationFileIsOneEntryThatStillVouchesForEachReadingItTook() throws Exception {
        Path file = dir.resolveSibling(dir.getFileName() + "-station.csv");
        java.nio.file.Files.writeString(file, "location,time,snow_depth_cm\n站点 01,2026-01-12T08:00,3\n"
                + "站点 02,2026-01-12T08:00,4\n站点 03,2026-01-12T08:00,5\n");
        CliRun imported = CliRun.of("--data-dir", dir.toString(), "import", file.toString());
        assertEquals(0, imported.status(), imported.out() + imported.err());
        long entries = number("SELECT COUNT(*) FROM duty_log WHERE text LIKE '%站点读数文件%'");
        assertEquals(1, entries, "one entry for the file, not one per reading");
        long last = number("SELECT MAX(id) FROM reading");
        long seq = firstEntry("READING", last);
        assertEquals(3, number("SELECT COUNT(*) FROM duty_log_link WHERE seq = " + seq
                + " AND target_type = 'READING' AND record_hash IS NOT NULL"), "each reading hashed by that entry");
        tamper("DROP TRIGGER reading_append_only", "UPDATE reading SET snow_depth_cm = 50 WHERE id = " + last);
        assertNamed("读数 #" + last + " 在记录后被改动（值班日志 #" + seq + " 所记与现存不符）");
    }

    @Test
    void aRecordHashRewrittenInTheLinkBreaksTheChainItself() throws SQLException {
        long seq = firstEntry("READING", number("SELECT MIN(id) FROM reading"));
        tamper("DROP TRIGGER duty_log_link_append_only",
                "UPDATE duty_log_link SET record_hash = '" + "1".repeat(64) + "' WHERE seq = " + seq
                        + " AND target_type = 'READING'");
        CliRun broken = verify();
        assertEquals(3, broken.status());
        assertTrue(broken.out().contains("第 " + seq + " 条被改动过"), broken.out());
    }

    private void assertNamed(String sentence) {
        CliRun broken = verify();
        assertEquals(3, broken.status(), broken.out() + broken.err());
        assertTrue(broken.out().contains(sentence), broken.out());
        assertTrue(broken.err().contains("值班日志完整"), "the chain itself is intact: " + broken.err());
    }

    private long firstEntry(String type, long id) throws SQLException {
        return number("SELECT MIN(seq) FROM duty_log_link WHERE target_type = '" + type + "' AND target_id = " + id);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(DataDirectory.DATABASE_NAME), "sa",
                cn.shiguai.roaddesk.common.db.StorePassword.of(DataDirectory.of(dir)));
    }

    private long number(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void tamper(String... statements) throws SQLException {
        try (Connection c = connect()) {
            for (String sql : statements) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.execute();
                }
            }
        }
    }
}
