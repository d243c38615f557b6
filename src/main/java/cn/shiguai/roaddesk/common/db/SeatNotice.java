package cn.shiguai.roaddesk.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a write on a server tells the other seats: one {@code pg_notify} on {@link #CHANNEL}
 * naming the changes ({@code Change} names, comma-separated), sent in the write's own
 * transaction. PostgreSQL delivers it at the commit and drops it at a rollback, so a seat hears of
 * exactly what was committed (docs/decisions/0021).
 */
public final class SeatNotice {
    /** The channel every seat listens on. */
    public static final String CHANNEL = "roaddesk";
    /** Said when a write announced nothing it changed: the other seats reload everything. */
    public static final String EVERYTHING = "*";
    /** Between the sending seat's id and the changes: a seat does not reload for its own writes. */
    public static final char SEPARATOR = '|';

    private SeatNotice() {
    }

    /**
     * A connection to the database's server outside its pool, the caller's to close: the seat's
     * listener holds one for as long as the window runs.
     */
    public static Connection listenerConnection(Database database) {
        StoreChoice.Server server = database.server()
                .orElseThrow(() -> new IllegalStateException("only a server has other seats to listen to"));
        try {
            return PostgresOpener.dedicated(server);
        } catch (SQLException e) {
            throw ServerFailures.translate(e, server.where());
        }
    }

    /** Nothing on the embedded file ({@code server} null): its only seat was told by its own ChangeBus. */
    static void send(Connection transaction, StoreChoice.Server server, String seatId, Set<String> changes)
            throws SQLException {
        if (server == null) {
            return;
        }
        String payload = seatId + SEPARATOR + (changes.isEmpty() ? EVERYTHING : String.join(",", changes));
        try (PreparedStatement notify = transaction.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
    }
}
