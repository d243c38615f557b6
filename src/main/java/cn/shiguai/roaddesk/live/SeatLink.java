package cn.shiguai.roaddesk.live;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.SeatNotice;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.log.AppLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A seat's ear on the server (docs/decisions/0021): a connection of its own that LISTENs on
 * {@link SeatNotice#CHANNEL} and tells this seat's {@link ChangeBus} what the other seats
 * committed, so every screen reloads as if the change were made here. When that connection is
 * lost it polls the head of the duty log through the pool every few seconds, and reloads
 * everything when the head moved, while it reconnects with a growing pause. It also says whether
 * the server answers, for the header; on reconnection every screen reloads.
 */
public final class SeatLink implements AutoCloseable {
    /** How long one wait for a notice lasts; also the longest a close waits for the thread. */
    static final long LISTEN_WAIT_MS = 500;
    /** How often a quiet connection is checked, so that a cut cable is noticed within seconds. */
    static final long CHECK_EVERY_MS = 2_000;
    /** The pauses between reconnections, doubling up to the last. */
    static final long[] BACKOFF_MS = {250, 500, 1_000, 2_000, 3_000};

    private static final String HEAD_SQL = "SELECT seq, hash FROM duty_log ORDER BY seq DESC LIMIT 1";

    private final Database database;
    private final ChangeBus changes;
    private final List<Consumer<StoreState>> watchers = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile StoreState state = StoreState.connected(Instant.now());
    private volatile boolean closed;
    private volatile boolean listening;
    /** A statement of this seat found the server unreachable: check the connection now, not in 2 s. */
    private volatile boolean checkNow;
    private Thread thread;
    private String head;

    private SeatLink(Database database, ChangeBus changes) {
        this.database = database;
        this.changes = changes;
    }

    /** Starts listening on a daemon thread; the database must be on a server. */
    public static SeatLink start(Database database, ChangeBus changes) {
        if (database.server().isEmpty()) {
            throw new IllegalArgumentException("an embedded store has no other seats");
        }
        SeatLink link = new SeatLink(database, changes);
        database.whenUnreachable(() -> link.checkNow = true);
        link.thread = new Thread(link::run, "roaddesk-seat-link");
        link.thread.setDaemon(true);
        link.thread.start();
        return link;
    }

    /** Whether the server answers now, and since when. */
    public StoreState state() {
        return state;
    }

    /** Whether the seat hears the others' notices now (false while it polls the log head instead). */
    public boolean isListening() {
        return listening;
    }

    /** Told of every change of state, on the link's thread: hand it to the UI thread yourself. */
    public void watch(Consumer<StoreState> watcher) {
        watchers.add(watcher);
        watcher.accept(state);
    }

    public void unwatch(Consumer<StoreState> watcher) {
        watchers.remove(watcher);
    }

    private void run() {
        int attempt = 0;
        boolean missed = false;
        while (!closed) {
            try (Connection c = SeatNotice.listenerConnection(database)) {
                listen(c);
                listening = true;
                attempt = 0;
                becomes(true);
                if (missed) {
                    // What was committed while this seat did not listen is unknown: every screen reloads.
                    AppLog.warning("the seat hears the server again on " + where() + "; every screen reloads");
                    publishAll();
                    missed = false;
                }
                hearUntilLost(c);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed) {
                    break;
                }
                if (!missed) {
                    AppLog.warning("the seat's listening connection to " + where() + " is lost (" + e.getMessage()
                            + "); it polls the log head and reconnects");
                }
                missed = true;
                pollHead();
                if (!pause(BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)])) {
                    break;
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + SeatNotice.CHANNEL);
        }
        head = readHead(c);
    }

    /** Returns when closed; throws when the connection fails. */
    private void hearUntilLost(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHECK_EVERY_MS);
        while (!closed) {
            PGNotification[] notices = pg.getNotifications((int) LISTEN_WAIT_MS);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    heard(notice.getParameter());
                }
                head = readHead(c);
            }
            if (checkNow || System.nanoTime() - nextCheck >= 0) {
                checkNow = false;
                head = readHead(c); // a round trip: a dead server or a cut cable fails here
                nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHECK_EVERY_MS);
            }
        }
    }

    /** The fallback while not listening: the head through the pool; moved means reload everything. */
    private void pollHead() {
        try {
            String now = database.read(SeatLink::readHead);
            becomes(true);
            if (!Objects.equals(now, head)) {
                head = now;
                publishAll();
            }
        } catch (RuntimeException e) {
            becomes(false);
        }
    }

    void heard(String payload) {
        int cut = payload.indexOf(SeatNotice.SEPARATOR);
        if (cut < 0 || payload.substring(0, cut).equals(database.seatId())) {
            return; // this seat's own write: its screens were told when it committed
        }
        String names = payload.substring(cut + 1);
        if (names.equals(SeatNotice.EVERYTHING)) {
            publishAll();
            return;
        }
        for (String name : names.split(",")) {
            for (Change change : Change.values()) {
                if (change.name().equals(name)) {
                    tell(change);
                }
            }
        }
    }

    private void publishAll() {
        for (Change change : Change.values()) {
            tell(change);
        }
    }

    /** A screen that fails on a change must not be taken for a lost connection, nor stop the others hearing. */
    private void tell(Change change) {
        try {
            changes.publish(change);
        } catch (RuntimeException e) {
            AppLog.failure("a screen failed to take the change " + change + " made at another seat", e);
        }
    }

    private void becomes(boolean answers) {
        if (state.answers() == answers) {
            return;
        }
        state = answers ? StoreState.connected(Instant.now()) : StoreState.lost(Instant.now());
        if (!answers) {
            AppLog.warning("the server " + where() + " does not answer; nothing is written until it does");
        }
        watchers.forEach(w -> w.accept(state));
    }

    private static String readHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEAD_SQL); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) + ":" + java.util.HexFormat.of().formatHex(rs.getBytes(2)) : "";
        }
    }

    /** False when closed during the pause. */
    private boolean pause(long millis) {
        try {
            return !closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String where() {
        return database.server().map(s -> s.where()).orElse("?");
    }

    @Override
    public void close() {
        database.whenUnreachable(() -> { });
        closed = true;
        closing.countDown();
        if (thread != null) {
            try {
                thread.join(LISTEN_WAIT_MS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
