package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone with SQL access drops the append-only triggers and edits rows behind the
 * application's back; verify must name the first entry touched and say how.
 */
class ChainTamperingTest {
    private static final String DROP_TRIGGERS = "DROP TRIGGER duty_log_append_only";
    private static final String DROP_LINK_TRIGGER = "DROP TRIGGER duty_log_link_append_only";
    private static final String DROP_LINK_KEY = "ALTER TABLE duty_log_link DROP CONSTRAINT log_link_entry";

    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);

    @BeforeEach
    void tenEntries() {
        for (int i = 1; i <= 10; i++) {
            int n = i;
            db.write(txn -> log.append(txn, LogDraft.of("王值班", LogCategory.NOTE, "第 " + n + " 条记录")
                    .concerning(LinkType.READING, n)));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEditedTextIsFound() {
        TestDatabases.tamper(db, DROP_TRIGGERS, "UPDATE duty_log SET text = '第 4 条记录（改）' WHERE seq = 4");
        assertBroken(4, ChainReport.Problem.EDITED, 3);
    }

    @Test
    void anEditedTimeIsFound() {
        TestDatabases.tamper(db, DROP_TRIGGERS,
                "UPDATE duty_log SET occurred_at = occurred_at - INTERVAL '1' HOUR WHERE seq = 6");
        assertBroken(6, ChainReport.Problem.EDITED, 5);
    }

    @Test
    void anEditedLinkIsFound() {
        TestDatabases.tamper(db, DROP_LINK_TRIGGER, "UPDATE duty_log_link SET target_id = 99 WHERE seq = 7");
        assertBroken(7, ChainReport.Problem.EDITED, 6);
    }

    @Test
    void aDeletedRowIsFound() {
        TestDatabases.tamper(db, DROP_TRIGGERS, DROP_LINK_TRIGGER,
                "DELETE FROM duty_log_link WHERE seq = 5", "DELETE FROM duty_log WHERE seq = 5");
        assertBroken(5, ChainReport.Problem.DELETED, 4);
    }

    @Test
    void aDeletedAndRenumberedRowIsFound() {
        TestDatabases.tamper(db, DROP_TRIGGERS, DROP_LINK_TRIGGER, DROP_LINK_KEY,
                "DELETE FROM duty_log_link WHERE seq = 5", "DELETE FROM duty_log WHERE seq = 5",
                "UPDATE duty_log SET seq = seq - 1 WHERE seq > 5", "UPDATE duty_log_link SET seq = seq - 1 WHERE seq > 5");
        assertBroken(5, ChainReport.Problem.DELETED, 4);
    }

    @Test
    void aSwappedPairIsFound() {
        // Exchange the places of entries 3 and 4: both rows stay intact, their order does not.
        TestDatabases.tamper(db, DROP_TRIGGERS, DROP_LINK_TRIGGER,
                DROP_LINK_KEY,
                "UPDATE duty_log SET seq = 1000 WHERE seq = 3", "UPDATE duty_log SET seq = 3 WHERE seq = 4",
                "UPDATE duty_log SET seq = 4 WHERE seq = 1000",
                "UPDATE duty_log_link SET seq = 1000 WHERE seq = 3", "UPDATE duty_log_link SET seq = 3 WHERE seq = 4",
                "UPDATE duty_log_link SET seq = 4 WHERE seq = 1000");
        assertBroken(3, ChainReport.Problem.REORDERED, 2);
    }

    @Test
    void anEditWithARecomputedHashIsFoundAtTheNextLink() {
        // The editor recomputes entry 8's own hash, but entry 9 still names the old one.
        LogEntry e = log.get(8).orElseThrow();
        byte[] forged = new EntryHash().hash(EntryHash.unhex(e.prevHash()), e.occurredAt(), e.recordedAt(), e.author(),
                e.category(), "伪造", null, e.links());
        TestDatabases.tamper(db, DROP_TRIGGERS, "UPDATE duty_log SET text = '伪造', hash = X'"
                + EntryHash.hex(forged) + "' WHERE seq = 8");
        assertBroken(9, ChainReport.Problem.DELETED, 8);
    }

    @Test
    void theFirstEntryEditedIsTheOneNamed() {
        TestDatabases.tamper(db, DROP_TRIGGERS, "UPDATE duty_log SET author = '李' WHERE seq IN (2, 9)");
        assertBroken(2, ChainReport.Problem.EDITED, 1);
    }

    private void assertBroken(long seq, ChainReport.Problem problem, long intactBefore) {
        ChainReport report = log.verify();
        assertFalse(report.intact(), "tampering must be found");
        assertEquals(seq, report.firstBadSeq());
        assertEquals(problem, report.problem());
        assertEquals(intactBefore, report.count());
    }
}
