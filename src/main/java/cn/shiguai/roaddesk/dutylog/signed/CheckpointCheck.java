package cn.shiguai.roaddesk.dutylog.signed;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.EntryHash;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every known checkpoint held against the log as stored: its signature first (one that fails,
 * or names a key not here, is forged and says nothing about the log), then the log must still
 * reach its count and still end that many entries in its hash. A log shorter than a checkpoint
 * was truncated; one whose hash there differs was rewritten — even with every hash recomputed,
 * which the chain alone cannot show.
 *
 * @param entries the log's entries now
 */
public record CheckpointCheck(List<Finding> findings, long entries, int unreadable) {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum Verdict { HOLDS, TRUNCATED, REWRITTEN, FORGED }

    public record Finding(Checkpoint checkpoint, Verdict verdict) { }

    public CheckpointCheck {
        findings = List.copyOf(findings);
    }

    /** True when every checkpoint holds and every line read (also when there is none). */
    public boolean intact() {
        return unreadable == 0 && findings.stream().allMatch(f -> f.verdict() == Verdict.HOLDS);
    }

    /** The newest checkpoint that still holds: the log is vouched for up to it. */
    public Optional<Checkpoint> newestHolding() {
        return findings.stream().filter(f -> f.verdict() == Verdict.HOLDS).map(Finding::checkpoint)
                .max(Comparator.comparingLong(Checkpoint::entries).thenComparing(Checkpoint::at));
    }

    public List<Finding> problems() {
        return findings.stream().filter(f -> f.verdict() != Verdict.HOLDS).toList();
    }

    static CheckpointCheck run(Connection c, Checkpoints.Known known, Function<String, Optional<PublicKey>> keys)
            throws SQLException {
        long entries = lastSeq(c);
        List<Finding> findings = new ArrayList<>();
        for (Checkpoint cp : known.checkpoints()) {
            findings.add(new Finding(cp, verdict(c, cp, entries, keys)));
        }
        findings.sort(Comparator.comparingLong((Finding f) -> f.checkpoint().entries())
                .thenComparing(f -> f.checkpoint().at()));
        return new CheckpointCheck(findings, entries, known.unreadable());
    }

    private static Verdict verdict(Connection c, Checkpoint cp, long entries,
                                   Function<String, Optional<PublicKey>> keys) throws SQLException {
        if (!signatureHolds(cp, keys.apply(cp.keyId()))) {
            return Verdict.FORGED;
        }
        if (entries < cp.entries()) {
            return Verdict.TRUNCATED;
        }
        return cp.headHash().equals(hashAt(c, cp.entries()).orElse(null)) ? Verdict.HOLDS : Verdict.REWRITTEN;
    }

    static boolean signatureHolds(Checkpoint cp, Optional<PublicKey> key) {
        if (key.isEmpty() || cp.signature() == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(Checkpoint.SIGNATURE_ALGORITHM);
            signature.initVerify(key.get());
            signature.update(cp.signedText());
            return signature.verify(cp.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM duty_log");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<String> hashAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM duty_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBytes(1) != null ? Optional.of(EntryHash.hex(rs.getBytes(1)))
                        : Optional.empty();
            }
        }
    }

    /** The check in sentences, most serious first: one line each. */
    public List<String> sentences(Messages messages) {
        List<String> lines = new ArrayList<>();
        if (findings.isEmpty() && unreadable == 0) {
            lines.add(messages.get("checkpoint.verify.none"));
            return lines;
        }
        for (Finding f : problems()) {
            Checkpoint cp = f.checkpoint();
            lines.add(messages.format("checkpoint.verify." + f.verdict().name(), when(cp), cp.signer(),
                    String.valueOf(cp.entries()), String.valueOf(entries), cp.headHash().substring(0, 16)));
        }
        if (unreadable > 0) {
            lines.add(messages.format("checkpoint.verify.unreadable", String.valueOf(unreadable)));
        }
        Optional<Checkpoint> newest = newestHolding();
        if (intact()) {
            Checkpoint cp = newest.orElseThrow();
            lines.add(messages.format("checkpoint.verify.allHold", String.valueOf(findings.size()), when(cp),
                    cp.signer(), String.valueOf(cp.entries())));
        } else {
            lines.add(newest.map(cp -> messages.format("checkpoint.verify.newestHolding", when(cp), cp.signer(),
                    String.valueOf(cp.entries()))).orElse(messages.get("checkpoint.verify.noneHolds")));
        }
        return lines;
    }

    private static String when(Checkpoint cp) {
        return WHEN.format(cp.at().atZone(ZONE));
    }
}
