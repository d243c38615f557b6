package cn.shiguai.roaddesk.dutylog.signed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.EntryHash;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointCheck.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: what the chain alone cannot show — the newest entries deleted together, and
 * every hash recomputed after an edit — the signed checkpoints show, naming the newest one that
 * still holds; a checkpoint edited or signed by a key not here is forged.
 */
class SignedCheckpointsTest {
    private static final String DROP_TRIGGER = "DROP TRIGGER duty_log_append_only";
    private static final char[] PASSWORD = "刘雪峰的密码足够长了".toCharArray();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");
    private Database db;
    private DutyLog log;
    private Checkpoints checkpoints;

    private void open() {
        db = Database.open(DataDirectory.of(dir), clock);
        log = new DutyLog(db);
        checkpoints = new Checkpoints(db, log, new SigningKeys(dir.resolve("keys"), 1_000, clock),
                DataDirectory.of(dir).backups(), clock);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private void entries(int n) {
        for (int i = 0; i < n; i++) {
            log.append(LogDraft.of("王值班", LogCategory.NOTE, "记录 " + log.verify().count()));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private Checkpoint checkpoint() {
        return checkpoints.write(Checkpoint.Reason.HANDOVER, "交接班").orElseThrow();
    }

    private void signIn() {
        SigningKeys.Unlocked unlocked = checkpoints.keys().unlock("刘雪峰", PASSWORD);
        assertEquals(unlocked.keyId(), checkpoints.keys().use("刘雪峰").orElseThrow());
    }

    @Test
    void nothingIsSignedWhileNoKeyIsUnlockedAndAnIntactLogHoldsEveryCheckpoint() {
        open();
        entries(3);
        assertTrue(checkpoints.write(Checkpoint.Reason.HANDOVER, "交接班").isEmpty(), "nobody signed in");
        assertEquals(List.of(Messages.chinese().get("checkpoint.verify.none")),
                checkpoints.verify().sentences(Messages.chinese()));
        signIn();
        Checkpoint first = checkpoint();
        entries(2);
        Checkpoint second = checkpoint();
        assertEquals(3, first.entries());
        assertEquals(5, second.entries());
        assertEquals("刘雪峰", second.signer());
        assertEquals(log.verify().headHash(), second.headHash());
        CheckpointCheck check = checkpoints.verify();
        assertTrue(check.intact());
        assertEquals(second, check.newestHolding().orElseThrow());
        assertEquals(List.of("签名检查点 2 个全部相符；最新的是 2026-01-12 08:35 刘雪峰 签名的，记有 5 条。"),
                check.sentences(Messages.chinese()));
    }

    @Test
    void theNewestEntriesDeletedTogetherAreFoundAsTruncation() {
        open();
        signIn();
        entries(4);
        checkpoint();
        entries(3);
        checkpoint();
        TestDatabases.tamper(db, DROP_TRIGGER, "DELETE FROM duty_log_link WHERE seq > 5",
                "DELETE FROM duty_log WHERE seq > 5");
        assertTrue(log.verify().intact(), "the chain alone cannot show it: 5 intact entries");
        CheckpointCheck check = checkpoints.verify();
        assertFalse(check.intact());
        assertEquals(List.of(Verdict.TRUNCATED), check.problems().stream().map(CheckpointCheck.Finding::verdict).toList());
        assertEquals(4, check.newestHolding().orElseThrow().entries());
        assertEquals(List.of("值班日志被截短：2026-01-12 08:37 刘雪峰 签名的检查点记有 7 条，现只有 5 条。",
                "仍相符的最新检查点：2026-01-12 08:34 刘雪峰 签名，记有 4 条；其后的条目没有签名为证。"),
                check.sentences(Messages.chinese()));
    }

    @Test
    void anEditWithEveryHashRecomputedIsFoundAsARewrite() throws Exception {
        open();
        signIn();
        entries(2);
        checkpoint();
        entries(4);
        checkpoint();
        TestDatabases.tamper(db, DROP_TRIGGER, "UPDATE duty_log SET text = '记录 3（改）' WHERE seq = 4");
        assertFalse(log.verify().intact(), "an edit alone the chain finds");
        recomputeHashes(4, 6);
        assertTrue(log.verify().intact(), "every hash recomputed: the chain alone cannot show it");
        CheckpointCheck check = checkpoints.verify();
        assertEquals(List.of(Verdict.REWRITTEN), check.problems().stream().map(CheckpointCheck.Finding::verdict).toList());
        assertEquals(2, check.newestHolding().orElseThrow().entries());
        assertTrue(check.sentences(Messages.chinese()).get(0).startsWith("值班日志被改写：2026-01-12 08:36 刘雪峰 签名的检查点"
                + "记下的第 6 条哈希"), check.sentences(Messages.chinese()).get(0));
    }

    @Test
    void aCheckpointEditedInTheFileOrSignedByAKeyNotHereIsForged() throws Exception {
        open();
        signIn();
        entries(3);
        checkpoint();
        Path file = checkpoints.file();
        String line = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, line + line.replace("\"entries\":3", "\"entries\":2"), StandardCharsets.UTF_8);
        // A key made elsewhere: its public half is not in this desk's keys folder.
        SigningKeys stranger = new SigningKeys(dir.resolve("elsewhere"), 1_000, clock);
        stranger.unlock("刘雪峰", PASSWORD);
        stranger.use("刘雪峰");
        CheckpointFile.append(file, stranger.sign(new Checkpoint.Statement(3, log.verify().headHash(), clock.instant(),
                Checkpoint.Reason.BACKUP, "")).orElseThrow());
        CheckpointCheck check = checkpoints.verify();
        assertEquals(List.of(Verdict.FORGED, Verdict.FORGED),
                check.problems().stream().map(CheckpointCheck.Finding::verdict).toList());
        assertEquals(3, check.newestHolding().orElseThrow().entries(), "the genuine one still holds");
        assertTrue(check.sentences(Messages.chinese()).get(0).startsWith("伪造的检查点："));
    }

    @Test
    void aLineCutShortIsNotTrustedAndSaidSo() throws Exception {
        open();
        signIn();
        entries(1);
        checkpoint();
        Files.writeString(checkpoints.file(), "{\"format\":1,\"entr\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CheckpointCheck check = checkpoints.verify();
        assertFalse(check.intact());
        assertEquals(1, check.unreadable());
        assertTrue(check.sentences(Messages.chinese()).contains("检查点文件中有 1 行读不出，不予采信。"));
    }

    /** What someone with SQL access and this program's source could do: rehash from an edit to the head. */
    private void recomputeHashes(long seq, long last) throws Exception {
        EntryHash hasher = new EntryHash();
        byte[] prev = EntryHash.unhex(log.get(seq - 1).orElseThrow().hash());
        for (long s = seq; s <= last; s++) {
            LogEntry e = log.get(s).orElseThrow();
            byte[] hash = hasher.hash(prev, e.occurredAt(), e.recordedAt(), e.author(), e.category(), e.text(),
                    e.correctsSeq(), List.of(), e.reason());
            byte[] previous = prev;
            long at = s;
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE duty_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                    ps.setBytes(1, previous);
                    ps.setBytes(2, hash);
                    ps.setLong(3, at);
                    ps.executeUpdate();
                }
                return null;
            });
            prev = hash;
        }
    }
}
