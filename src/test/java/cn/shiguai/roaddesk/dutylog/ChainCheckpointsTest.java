package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain verified from its last checkpoint: what it finds, what it leaves to the full verify. */
class ChainCheckpointsTest {
    private static final String DROP_TRIGGER = "DROP TRIGGER duty_log_append_only";

    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);

    @BeforeEach
    void tenEntries() {
        append(10);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withoutACheckpointTheWholeChainIsVerified() {
        assertEquals(log.verify(), log.verifyFromCheckpoint());
    }

    @Test
    void aCheckpointIsAnEntryOfTheChainThatSaysWhatWasVerified() {
        ChainReport verified = log.verifyAndCheckpoint(1);
        assertEquals(10, verified.count());
        LogEntry entry = log.get(11).orElseThrow();
        assertEquals(LogCategory.SYSTEM, entry.category());
        assertTrue(entry.text().contains("第 1–10 条完好") && entry.text().contains(verified.headHash()), entry.text());
        append(5);
        ChainReport since = log.verifyFromCheckpoint();
        assertEquals(log.verify(), since, "same head and count as the full verify");
        assertEquals(16, since.count());
    }

    @Test
    void noNewCheckpointUntilEnoughEntriesCame() {
        log.verifyAndCheckpoint(1);
        append(3);
        log.verifyAndCheckpoint(5);
        assertEquals(14, log.verify().count(), "three entries since the checkpoint: none recorded");
        append(2);
        log.verifyAndCheckpoint(5);
        assertEquals(17, log.verify().count(), "five since: one more checkpoint entry");
    }

    @Test
    void anEditAfterTheCheckpointIsFound() {
        log.verifyAndCheckpoint(1);
        append(5);
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET text = '改过' WHERE seq = 13");
        ChainReport report = log.verifyFromCheckpoint();
        assertFalse(report.intact());
        assertEquals(13L, report.firstBadSeq());
        assertEquals(ChainReport.Problem.EDITED, report.problem());
    }

    @Test
    void anEditOfTheCheckedEntryItselfIsFound() {
        log.verifyAndCheckpoint(1);
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET text = '改过' WHERE seq = 10");
        ChainReport report = log.verifyFromCheckpoint();
        assertFalse(report.intact());
        assertEquals(10L, report.firstBadSeq());
    }

    @Test
    void anEditBeforeTheCheckpointIsLeftToTheFullVerify() {
        log.verifyAndCheckpoint(1);
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET text = '改过' WHERE seq = 4");
        assertTrue(log.verifyFromCheckpoint().intact(), "what a checkpoint cannot show, by design");
        assertEquals(4L, log.verify().firstBadSeq(), "the full verify (log verify, 校验日志链, daily backup) finds it");
    }

    @Test
    void aCheckpointRowThatItsEntryDoesNotStateIsNotUsed() {
        log.verifyAndCheckpoint(1);
        // A forged row claiming entries 1..12 were verified, written beside an ordinary entry.
        append(3);
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET text = '改过' WHERE seq = 5");
        db.write(txn -> {
            try (PreparedStatement ps = txn.prepareStatement("INSERT INTO duty_log_checkpoint (entry_seq, checked_seq, "
                    + "checked_hash) SELECT 14, 12, hash FROM duty_log WHERE seq = 12")) {
                return ps.executeUpdate();
            }
        });
        assertEquals(5L, log.verifyFromCheckpoint().firstBadSeq(), "fell back to the whole chain");
    }

    @Test
    void aCheckpointWhoseEntryNoLongerEndsInItsHashIsNotUsed() {
        log.verifyAndCheckpoint(1);
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET hash = prev_hash WHERE seq = 10",
                "UPDATE duty_log SET text = '改过' WHERE seq = 2");
        assertEquals(2L, log.verifyFromCheckpoint().firstBadSeq());
    }

    @Test
    void aStaleReportIsNotRecorded() {
        ChainReport verified = log.verify();
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET hash = prev_hash WHERE seq = 10");
        boolean recorded = db.write(txn -> ChainCheckpoints.record(txn, log, verified));
        assertFalse(recorded);
    }

    @Test
    void progressIsToldAsByTheFullVerify() throws Exception {
        log.verifyAndCheckpoint(1);
        append(3);
        List<Long> checked = new ArrayList<>();
        ChainReport report = db.read(c -> ChainCheckpoints.verify(c, (done, total) -> checked.add(done) || true));
        assertEquals(List.of(14L), checked);
        assertEquals(14, report.count());
    }

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            db.write(txn -> log.append(txn, LogDraft.of("王值班", LogCategory.NOTE, "记录")));
            clock.advance(Duration.ofMinutes(1));
        }
    }
}
