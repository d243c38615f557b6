package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The duty log (值班日志): append-only and hash-chained. Every change of state appends its
 * entry with {@link #append(Connection, LogDraft)} inside the caller's {@link Database#write},
 * so the change and its entry commit together or not at all. Entries are never changed; a
 * correction is a new entry naming the original ({@link LogDraft#correcting}).
 */
public final class DutyLog {
    /** The author of entries the command line writes on no one's behalf. */
    public static final String SYSTEM_AUTHOR = cn.shiguai.roaddesk.access.Actor.SYSTEM_NAME;
    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    /** Taken first by every append, held to the commit: one writer at a time across sessions (V12). */
    private static final String WRITER_SQL = "UPDATE duty_log_writer SET appends = appends + 1 WHERE id = 1";
    private static final String HEAD_SQL = "SELECT seq, hash FROM duty_log ORDER BY seq DESC LIMIT 1";
    private static final String INSERT_SQL = "INSERT INTO duty_log (seq, occurred_at, recorded_at, author, category, "
            + "text, corrects_seq, prev_hash, hash, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINK_SQL =
            "INSERT INTO duty_log_link (seq, target_type, target_id, record_hash) VALUES (?, ?, ?, ?)";
    private static final String RANGE_SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l "
            + "WHERE l.occurred_at >= ? AND l.occurred_at < ? "
            + "AND (CAST(? AS VARCHAR ARRAY) IS NULL OR l.category = ANY(?)) "
            + "AND (CAST(? AS VARCHAR) IS NULL OR l.author = ?) "
            + "ORDER BY l.occurred_at, l.seq LIMIT ?";
    private static final String CHAIN_PAGE_SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l "
            + "WHERE l.seq > ? ORDER BY l.seq LIMIT ?";
    private static final String ONE_SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l WHERE l.seq = ?";
    private static final String CONCERNING_SQL = "SELECT " + LogRows.COLUMNS + " FROM duty_log l "
            + "WHERE l.seq IN (SELECT k.seq FROM duty_log_link k WHERE k.target_type = ? AND k.target_id = ?) "
            + "ORDER BY l.seq";

    private final Database database;
    private final LogSearch search = new LogSearch();
    private final Seat seat;

    public DutyLog(Database database) {
        this(database, new Seat());
    }

    /** @param seat who is signed in: their own entries and calls need {@link Permission#ENTER_RECORDS} */
    public DutyLog(Database database, Seat seat) {
        this.database = database;
        this.seat = seat;
    }

    /** Who is signed in where this log is written: asked by the features whose entries people write. */
    public Seat seat() {
        return seat;
    }

    /**
     * Appends an entry inside the caller's write transaction and returns its sequence number.
     * Numbers and hashes are assigned under the database's write lock, so the chain never forks.
     */
    public long append(Connection txn, LogDraft draft) throws SQLException {
        if (!database.isWriting()) {
            throw new IllegalStateException("append the log inside Database.write, with its Connection");
        }
        try (PreparedStatement writer = txn.prepareStatement(WRITER_SQL)) {
            writer.executeUpdate();
        }
        long seq = 1;
        byte[] prev = EntryHash.GENESIS;
        try (PreparedStatement head = txn.prepareStatement(HEAD_SQL); ResultSet rs = head.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getBytes(2);
            }
        }
        Instant recorded = database.now();
        Instant occurred = draft.occurredAt() == null ? recorded : draft.occurredAt().truncatedTo(ChronoUnit.MICROS);
        // The records were written before their entry, in this transaction: the entry vouches for them as they are.
        List<String> recordHashes = new ArrayList<>(draft.links().size());
        for (LogLink l : draft.links()) {
            recordHashes.add(RecordHash.of(txn, l.type(), l.id()).orElse(null));
        }
        byte[] hash = new EntryHash().hash(prev, occurred, recorded, draft.author(), draft.category(), draft.text(),
                draft.correctsSeq(), draft.links(), draft.reason(), recordHashes);
        try (PreparedStatement insert = txn.prepareStatement(INSERT_SQL)) {
            insert.setLong(1, seq);
            Jdbc.setInstant(insert, 2, occurred);
            Jdbc.setInstant(insert, 3, recorded);
            insert.setString(4, draft.author());
            insert.setString(5, draft.category().name());
            insert.setString(6, draft.text());
            Jdbc.setLong(insert, 7, draft.correctsSeq());
            insert.setBytes(8, prev);
            insert.setBytes(9, hash);
            insert.setString(10, draft.reason());
            insert.executeUpdate();
        }
        if (!draft.links().isEmpty()) {
            try (PreparedStatement link = txn.prepareStatement(INSERT_LINK_SQL)) {
                for (int i = 0; i < draft.links().size(); i++) {
                    LogLink l = draft.links().get(i);
                    link.setLong(1, seq);
                    link.setString(2, l.type().name());
                    link.setLong(3, l.id());
                    link.setString(4, recordHashes.get(i));
                    link.addBatch();
                }
                link.executeBatch();
            }
        }
        search.index(txn, seq, draft.text());
        EntryChanges.of(draft).forEach(change -> database.announce(change.name()));
        return seq;
    }

    /** Appends a duty officer's own entry (a free category) in a transaction of its own. */
    public long append(LogDraft draft) {
        if (!draft.category().isFree()) {
            throw new IllegalArgumentException(draft.category() + " entries are written by the feature that changes state");
        }
        seat.require(Permission.ENTER_RECORDS);
        return database.write(txn -> append(txn, draft));
    }

    public Optional<LogEntry> get(long seq) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ONE_SQL)) {
                ps.setLong(1, seq);
                return LogRows.read(c, ps).stream().findFirst();
            }
        });
    }

    /** Entries that occurred in the query's range, in order of occurrence. */
    public List<LogEntry> list(LogQuery query) {
        Instant from = query.from() == null ? Instant.parse("1970-01-01T00:00:00Z") : query.from();
        Instant to = query.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : query.to();
        String[] categories = query.categories().isEmpty() ? null
                : query.categories().stream().map(Enum::name).toArray(String[]::new);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RANGE_SQL)) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                ps.setObject(3, categories);
                ps.setObject(4, categories);
                ps.setString(5, query.author());
                ps.setString(6, query.author());
                ps.setInt(7, query.limit());
                return LogRows.read(c, ps);
            }
        });
    }

    /** The entries of one calendar day of the district. */
    public List<LogEntry> day(LocalDate day) {
        return list(LogQuery.between(day.atStartOfDay(DISTRICT_ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(DISTRICT_ZONE).toInstant()));
    }

    /** Every entry in chain order, a page at a time, for exports of any length. */
    public void forEachInChainOrder(Consumer<LogEntry> consumer) {
        long after = 0;
        while (true) {
            long from = after;
            List<LogEntry> page = database.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(CHAIN_PAGE_SQL)) {
                    ps.setLong(1, from);
                    ps.setInt(2, 5_000);
                    return LogRows.read(c, ps);
                }
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            after = page.get(page.size() - 1).seq();
        }
    }

    /** Entries about one record, e.g. every entry concerning decision 3. */
    public List<LogEntry> concerning(LinkType type, long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(CONCERNING_SQL)) {
                ps.setString(1, type.name());
                ps.setLong(2, id);
                return LogRows.read(c, ps);
            }
        });
    }

    /** Entries whose text contains the words, newest first. */
    public List<LogEntry> search(String words, int limit) {
        return database.read(c -> search.find(c, words, limit));
    }

    /** Recomputes the whole chain. */
    public ChainReport verify() {
        return database.read(ChainVerifier::verify);
    }

    /** Checks every record the log vouches for against what it recorded ({@link RecordCheck}). */
    public RecordCheck.Result verifyRecords() {
        return database.read(RecordCheck::run);
    }

    /** Recomputes the whole chain, telling {@code progress} how far it has come; it may stop it. */
    public ChainReport verify(ChainVerifier.Progress progress) {
        return database.read(c -> ChainVerifier.verify(c, progress));
    }

    /** Verifies from the newest checkpoint ({@link ChainCheckpoints}); the whole chain when there is none. */
    public ChainReport verifyFromCheckpoint() {
        return database.read(c -> ChainCheckpoints.verify(c, ChainVerifier.Progress.NONE));
    }

    /**
     * Verifies from the newest checkpoint and, when intact and at least {@code every} entries came
     * after it, records a new one at the head, so that the next check is short again.
     */
    public ChainReport verifyAndCheckpoint(long every) {
        ChainReport report = verifyFromCheckpoint();
        if (report.intact() && database.read(ChainCheckpoints::entriesSince) >= every) {
            database.write(txn -> ChainCheckpoints.record(txn, this, report));
        }
        return report;
    }
}
