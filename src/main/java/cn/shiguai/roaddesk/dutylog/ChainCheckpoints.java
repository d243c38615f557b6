package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checkpoints of the chain, so that a check inside a write (issuing a document) or at each start
 * costs the entries since the last one instead of the whole log (about 4 s at a million entries).
 * A checkpoint says "entries 1..N were verified and entry N's hash is H"; it is a row of
 * {@code duty_log_checkpoint} written together with a duty-log entry whose text says the same, so
 * the checkpoint is itself chained. Verifying from it recomputes entry N and everything after; an
 * edit at or after N is found as by a full verify. A checkpoint that does not agree with the entry
 * it names, or with its own entry's text, is not used: the whole chain is verified instead. What a
 * checkpoint cannot show is an edit before N made after N was verified — which is why the full
 * verify stays: {@code log verify}, 校验日志链 and the verification of each daily backup.
 */
public final class ChainCheckpoints {
    static final String TEXT_KEY = "log.text.chainCheckpoint";
    private static final String NEWEST_SQL = "SELECT c.entry_seq, c.checked_seq, c.checked_hash, e.text, d.hash, "
            + "p.hash FROM duty_log_checkpoint c JOIN duty_log e ON e.seq = c.entry_seq "
            + "JOIN duty_log d ON d.seq = c.checked_seq LEFT JOIN duty_log p ON p.seq = c.checked_seq - 1 "
            + "ORDER BY c.entry_seq DESC LIMIT 1";
    private static final String HASH_SQL = "SELECT hash FROM duty_log WHERE seq = ?";
    private static final String INSERT_SQL =
            "INSERT INTO duty_log_checkpoint (entry_seq, checked_seq, checked_hash) VALUES (?, ?, ?)";

    /** Where a verify may start: entry {@code checkedSeq} is recomputed from {@code previousHash}. */
    private record Start(long checkedSeq, byte[] checkedHash, byte[] previousHash, String entryText) { }

    private ChainCheckpoints() {
    }

    /** Verifies from the newest checkpoint that holds, else the whole chain; reads only. */
    public static ChainReport verify(Connection c, ChainVerifier.Progress progress) throws SQLException {
        Optional<Start> start = newest(c);
        if (start.isEmpty()) {
            return ChainVerifier.verify(c, progress);
        }
        Start s = start.get();
        ChainReport report = ChainVerifier.verifyAfter(c, s.checkedSeq() - 1, s.previousHash(), progress);
        // A break after the start is a break whatever the checkpoint says; an intact run counts
        // only if the checkpoint's own entry (inside the run, so verified) states this checkpoint.
        if (report.intact() && !s.entryText().equals(text(s.checkedSeq(), s.checkedHash()))) {
            return ChainVerifier.verify(c, progress);
        }
        return report;
    }

    /**
     * Records {@code verified} as a checkpoint inside the caller's write: an entry stating it, and
     * its row. Nothing is written when the report is not intact, is empty, or no longer describes
     * the stored entry it ends at (the log was changed since). Returns whether it was recorded.
     */
    public static boolean record(Connection txn, DutyLog log, ChainReport verified) throws SQLException {
        if (!verified.intact() || verified.count() == 0) {
            return false;
        }
        byte[] hash = EntryHash.unhex(verified.headHash());
        try (PreparedStatement ps = txn.prepareStatement(HASH_SQL)) {
            ps.setLong(1, verified.count());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !Arrays.equals(rs.getBytes(1), hash)) {
                    return false;
                }
            }
        }
        long entry = log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.SYSTEM,
                text(verified.count(), hash)));
        try (PreparedStatement ps = txn.prepareStatement(INSERT_SQL)) {
            ps.setLong(1, entry);
            ps.setLong(2, verified.count());
            ps.setBytes(3, hash);
            ps.executeUpdate();
        }
        return true;
    }

    /** How many entries follow the newest checkpoint's verified ones (all of them when there is none). */
    public static long entriesSince(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) - COALESCE((SELECT MAX(checked_seq) "
                + "FROM duty_log_checkpoint), 0) FROM duty_log"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(long checkedSeq, byte[] checkedHash) {
        return RecordLanguage.text(TEXT_KEY, String.valueOf(checkedSeq), EntryHash.hex(checkedHash));
    }

    private static Optional<Start> newest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NEWEST_SQL); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long checkedSeq = rs.getLong(2);
            byte[] checkedHash = rs.getBytes(3);
            byte[] previous = checkedSeq == 1 ? EntryHash.GENESIS : rs.getBytes(6);
            // The entry named must still end in the hash recorded, and have its predecessor.
            if (!Arrays.equals(checkedHash, rs.getBytes(5)) || previous == null) {
                return Optional.empty();
            }
            return Optional.of(new Start(checkedSeq, checkedHash, previous, rs.getString(4)));
        }
    }
}
