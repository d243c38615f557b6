package cn.shiguai.roaddesk.dutylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several seats append to one chain on one PostgreSQL server at once (issue 15, item 3): each
 * seat its own Database (pool, connections, in-process lock), several threads per seat, all
 * released together. The chain must come out whole: numbers 1..n with no gap, one successor per
 * entry, every hash recomputing, every confirmed append present.
 */
class ChainUnderSeveralSeatsTest {
    private static final int SEATS = 3;
    private static final int THREADS_PER_SEAT = 2;
    private static final int APPENDS_PER_THREAD = 60;

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsFromSeveralSeatsNeitherForkNorLeaveAGap() throws Exception {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        StoreChoice.Server seatOnly = new StoreChoice.Server(server.directory(), server.url(), server.seat(), null);
        List<Database> seats = new ArrayList<>();
        for (int i = 0; i < SEATS; i++) {
            seats.add(Database.open(seatOnly, Clock.systemUTC(), Database.Mode.WRITE));
        }
        int writers = SEATS * THREADS_PER_SEAT;
        CyclicBarrier start = new CyclicBarrier(writers);
        Set<Long> confirmed = new ConcurrentSkipListSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                DutyLog log = new DutyLog(seats.get(w % SEATS));
                String author = "席位" + (w % SEATS) + "-" + w;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        long seq = log.append(LogDraft.of(author, LogCategory.NOTE, author + " 第" + i + "条"));
                        assertTrue(confirmed.add(seq), "sequence number given twice: " + seq);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            seats.forEach(Database::close);
        }

        long n = (long) writers * APPENDS_PER_THREAD;
        assertEquals(LongStream.rangeClosed(1, n).boxed().collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(confirmed));
        try (Database db = Database.open(seatOnly, Clock.systemUTC(), Database.Mode.READ)) {
            ChainReport report = new DutyLog(db).verify();
            assertTrue(report.intact(), report.toString());
            assertEquals(n, report.count());
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(seq), MAX(seq), "
                        + "COUNT(DISTINCT prev_hash), COUNT(DISTINCT author) FROM duty_log");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(n, rs.getLong(1));
                    assertEquals(1, rs.getLong(2));
                    assertEquals(n, rs.getLong(3));
                    assertEquals(n, rs.getLong(4), "two entries follow the same predecessor");
                    assertEquals(writers, rs.getLong(5));
                }
                return null;
            });
        }
    }
}
