package cn.shiguai.roaddesk.inputs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A loopback server serving a station file, a 500, a slow answer and a 304; the poller recovers. */
class HttpPollerTest {
    private static final String CSV = "location,time,snow_depth_cm\n站点 01,2026-01-12T08:00,3\n";
    private final TestClock clock = TestClock.at("2026-01-12T00:10:00Z");
    private final List<String> taken = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/station.csv", this::station);
        server.createContext("/slow.csv", exchange -> {
            try {
                // Holds the answer until the test ends: the client's read timeout must fire first.
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, CSV);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void station(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (status.get() != 200) {
            answer(exchange, status.get(), "down");
            return;
        }
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        answer(exchange, 200, CSV);
    }

    private static void answer(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpPoller poller(String path, Duration readTimeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new HttpPoller(List.of(new HttpSource("气象站", url, Duration.ofMinutes(10))), (name, bytes) -> {
            taken.add(name + ":" + new String(bytes, StandardCharsets.UTF_8));
            return null;
        }, clock, ZoneId.of("Asia/Shanghai"), readTimeout);
    }

    @Test
    void aFileIsTakenThenAnUnchangedOneCostsA304AndIsNotTakenAgain() {
        HttpPoller poller = poller("/station.csv", Duration.ofSeconds(5));
        poller.pollDue();
        assertEquals(List.of("气象站-20260112-0810.csv:" + CSV), taken);
        SourceState first = poller.states().get(0);
        assertEquals(Instant.parse("2026-01-12T00:20:00Z"), first.nextTry(), "next in its interval");
        poller.pollDue();
        assertEquals(1, requests.get(), "not due yet: nothing asked");
        clock.advance(Duration.ofMinutes(10));
        poller.pollDue();
        assertEquals(2, requests.get());
        assertEquals(1, taken.size(), "a 304 takes nothing");
        assertNull(poller.states().get(0).lastError());
        assertEquals(Instant.parse("2026-01-12T00:20:00Z"), poller.states().get(0).lastSuccess());
    }

    @Test
    void aFailingServerIsTriedLessAndLessOftenAndThePollerRecovers() {
        status.set(500);
        HttpPoller poller = poller("/station.csv", Duration.ofSeconds(5));
        poller.pollDue();
        SourceState failed = poller.states().get(0);
        assertEquals("HTTP 500", failed.lastError());
        assertEquals(1, failed.failures());
        assertEquals(clock.instant().plus(Duration.ofMinutes(20)), failed.nextTry(), "twice the interval");
        clock.advance(Duration.ofMinutes(20));
        poller.pollDue();
        assertEquals(clock.instant().plus(Duration.ofMinutes(40)), poller.states().get(0).nextTry(), "then four times");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofHours(2));
            poller.pollDue();
        }
        assertEquals(clock.instant().plus(HttpPoller.MAX_BACKOFF), poller.states().get(0).nextTry(), "at most an hour");
        status.set(200);
        clock.advance(Duration.ofHours(1));
        poller.pollDue();
        assertEquals(1, taken.size(), "recovered: the file is taken");
        assertEquals(0, poller.states().get(0).failures());
        assertNull(poller.states().get(0).lastError());
    }

    @Test
    void aSlowServerTimesOutAndIsNamedAsSuch() {
        HttpPoller poller = poller("/slow.csv", Duration.ofMillis(300));
        poller.pollDue();
        assertEquals("timed out", poller.states().get(0).lastError());
        assertTrue(taken.isEmpty());
    }

    @Test
    void aSourceSilentLongerThanItsIntervalIsStale() {
        HttpPoller poller = poller("/station.csv", Duration.ofSeconds(5));
        poller.pollDue();
        SourceState state = poller.states().get(0);
        assertTrue(!state.isStale(clock.instant().plus(Duration.ofMinutes(14)), Duration.ofMinutes(10)));
        assertTrue(state.isStale(clock.instant().plus(Duration.ofMinutes(16)), Duration.ofMinutes(10)));
    }

    @Test
    void theSourcesFileNamesEachBadBlockAndKeepsTheRest() {
        Properties p = new Properties();
        p.setProperty("气象站.url", "https://example.org/station.csv");
        p.setProperty("气象站.everyMinutes", "10");
        p.setProperty("旧站.url", "ftp://example.org/x.csv");
        p.setProperty("快站.url", "http://example.org/y.csv");
        p.setProperty("快站.everyMinutes", "0");
        HttpSources.Loaded loaded = HttpSources.parse(p);
        assertEquals(List.of("气象站"), loaded.sources().stream().map(HttpSource::name).toList());
        assertEquals(2, loaded.problems().size(), loaded.problems().toString());
        assertNotNull(loaded.problems().stream().filter(s -> s.startsWith("旧站")).findFirst().orElse(null));
    }
}
