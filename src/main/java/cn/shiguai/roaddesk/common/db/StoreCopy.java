package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Copies an embedded store, row for row, into an empty PostgreSQL database (issue 15, item 8:
 * moving an office from one seat to several). The target is first migrated by its owner to this
 * build's schema, which must be the version the file is at; then, in one transaction as the
 * owner and under the writers' lock, every table is copied in the order its foreign keys need,
 * each in key order, from one snapshot of the file, and the identity sequences are moved past
 * the copied keys. A {@link Check} sees the snapshot and the copy before the commit; if it does
 * not hold, or anything fails, the target is left as empty as it was.
 */
public final class StoreCopy {
    /** Rows the migrations themselves write: state, not records, and already in the target. */
    private static final Set<String> SEEDED = Set.of("duty_log_writer");
    /**
     * Self-references that may point to a later row (a point merged into one registered after
     * it): written in a second pass. The only such column; its table is not append-only.
     */
    private static final Map<String, String> SECOND_PASS = Map.of("monitoring_location", "merged_into");
    private static final int BATCH = 500;

    /** Judges the copy inside its transaction; false rolls everything back. */
    @FunctionalInterface
    public interface Check {
        boolean holds(Connection snapshot, Connection copy) throws SQLException;
    }

    /** What was copied: rows per table, in copy order; and whether the check held (else nothing was kept). */
    public record Result(Map<String, Long> rows, boolean kept) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private StoreCopy() {
    }

    public static Result copy(Database source, StoreChoice.Server target, Clock clock, Check check) {
        if (source.server().isPresent()) {
            throw new IllegalArgumentException("the source is already a server");
        }
        if (target.owner() == null) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.move.noOwner", null, target.where());
        }
        new PostgresOpener(target, clock, Database.Mode.WRITE).open().close();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(target.url());
        owner.setUser(target.owner().user());
        owner.setPassword(target.owner().password());
        return source.read(snapshot -> {
            boolean autoCommit = snapshot.getAutoCommit();
            int isolation = snapshot.getTransactionIsolation();
            // One snapshot of the file for the whole copy and its check, whatever the window writes meanwhile.
            snapshot.setAutoCommit(false);
            snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Connection copy = owner.getConnection()) {
                return copyInto(snapshot, copy, target, check);
            } catch (SQLException | RuntimeException e) {
                throw ServerFailures.translate(e, target.where());
            } finally {
                snapshot.rollback();
                snapshot.setTransactionIsolation(isolation);
                snapshot.setAutoCommit(autoCommit);
            }
        });
    }

    private static Result copyInto(Connection from, Connection to, StoreChoice.Server target, Check check)
            throws SQLException {
        to.setAutoCommit(false);
        try {
            try (PreparedStatement lock = to.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, Database.SERVER_WRITE_LOCK);
                lock.execute();
            }
            if (!versions(from, "\"flyway_schema_history\"").equals(versions(to, "flyway_schema_history"))) {
                throw new DataAccessException(FailureReason.OTHER, "store.error.move.versions", null, target.where());
            }
            List<String> tables = ServerSchema.tablesInKeyOrder(to);
            for (String table : tables) {
                if (!SEEDED.contains(table) && ServerSchema.hasRows(to, table)) {
                    throw new DataAccessException(FailureReason.OTHER, "store.error.move.notEmpty", null,
                            target.where(), table);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                if (!SEEDED.contains(table)) {
                    rows.put(table, copyTable(from, to, table));
                }
            }
            for (Map.Entry<String, String> later : SECOND_PASS.entrySet()) {
                ServerSchema.copyColumn(from, to, later.getKey(), later.getValue());
            }
            ServerSchema.moveSequencesPastKeys(to);
            boolean holds = check.holds(from, to);
            if (holds) {
                to.commit();
            } else {
                to.rollback();
            }
            return new Result(rows, holds);
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        }
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        List<ServerSchema.Column> columns = new ArrayList<>(ServerSchema.columns(to, table));
        String deferred = SECOND_PASS.get(table);
        columns.removeIf(c -> c.name().equals(deferred));
        String names = String.join(", ", columns.stream().map(c -> '"' + c.name() + '"').toList());
        String sourceNames = String.join(", ", columns.stream().map(c -> '"' + c.h2Name() + '"').toList());
        String order = String.join(", ", ServerSchema.primaryKey(to, table).stream()
                .map(c -> '"' + c.toUpperCase(java.util.Locale.ROOT) + '"').toList());
        String select = "SELECT " + sourceNames + " FROM \"" + table.toUpperCase(java.util.Locale.ROOT) + "\""
                + (order.isEmpty() ? "" : " ORDER BY " + order);
        String insert = "INSERT INTO \"" + table + "\" (" + names + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long count = 0;
        try (PreparedStatement read = from.prepareStatement(select);
             PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        columns.get(i).transfer(rs, i + 1, write, i + 1);
                    }
                    write.addBatch();
                    if (++count % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return count;
    }

    /** The versions applied, in order: the file and the server must be at the same schema. */
    private static List<String> versions(Connection c, String historyTable) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"version\" FROM " + historyTable
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
