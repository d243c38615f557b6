package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.report.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document numbers per kind and year stay unique and gapless when several seats issue at once
 * on one PostgreSQL server (issue 15, item 3): the number is read and the document inserted under
 * the one write lock every seat takes in the database.
 */
class DocumentNumbersUnderSeveralSeatsTest {
    private static final int SEATS = 3;
    private static final int ISSUES_PER_SEAT = 8;

    @TempDir
    Path dir;

    @Test
    void concurrentIssuesGetEveryNumberOnce() throws Exception {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        StoreChoice.Server seatOnly = new StoreChoice.Server(server.directory(), server.url(), server.seat(), null);
        List<Database> seats = new ArrayList<>();
        for (int i = 0; i < SEATS; i++) {
            seats.add(Database.open(seatOnly, Clock.systemUTC(), Database.Mode.WRITE));
        }
        DocumentKind[] kinds = {DocumentKind.DAILY_REPORT, DocumentKind.WARNING_NOTICE};
        CyclicBarrier start = new CyclicBarrier(SEATS);
        Map<DocumentKind, List<Integer>> numbers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(SEATS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Database seat : seats) {
                DocumentRepository documents = new DocumentRepository(seat, new DutyLog(seat));
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < ISSUES_PER_SEAT; i++) {
                        DocumentKind kind = kinds[i % kinds.length];
                        IssuedDocument issued = documents.issue(kind, 2026, "王值班", number ->
                                new DocumentRepository.Rendered("第" + number.number() + "号",
                                        ("%PDF " + number).getBytes(StandardCharsets.UTF_8), null));
                        numbers.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(issued.number());
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            for (DocumentKind kind : kinds) {
                int expected = SEATS * ISSUES_PER_SEAT / kinds.length;
                assertEquals(IntStream.rangeClosed(1, expected).boxed().toList(),
                        numbers.get(kind).stream().sorted().collect(Collectors.toList()), kind.name());
            }
            assertTrue(new DutyLog(seats.get(0)).verify().intact());
        } finally {
            pool.shutdownNow();
            seats.forEach(Database::close);
        }
    }
}
