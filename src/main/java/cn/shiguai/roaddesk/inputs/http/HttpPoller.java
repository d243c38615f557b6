package cn.shiguai.roaddesk.inputs.http;

import cn.shiguai.roaddesk.common.log.AppLog;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches each source when it is due, with the JDK's HttpClient: connect and read timeouts,
 * conditional requests (ETag, Last-Modified) so an unchanged file costs a 304 and nothing else,
 * and after a failure an exponential backoff (the interval doubled per failure, at most an
 * hour) so a server that is down is not hammered. What was fetched goes to the same import as
 * a file dropped in the inbox. Driven by {@link #pollDue}, which a timer calls: tests call it
 * with their own clock, and nothing here sleeps.
 */
public final class HttpPoller {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Takes a fetched file as the inbox would; the name becomes the readings' source. */
    @FunctionalInterface
    public interface Taker {
        /** @return a sentence for the source's state when the file was refused, or null when taken */
        String take(String fileName, byte[] bytes);
    }

    private final HttpClient client;
    private final Duration readTimeout;
    private final Taker taker;
    private final Clock clock;
    private final ZoneId zone;
    // Its own lock, not the poller's: the board and the settings screen read it while a slow fetch runs.
    private final Map<String, SourceState> states = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, HttpSource> sources = new LinkedHashMap<>();

    public HttpPoller(List<HttpSource> sources, Taker taker, Clock clock, ZoneId zone) {
        this(sources, taker, clock, zone, Duration.ofSeconds(30));
    }

    HttpPoller(List<HttpSource> sources, Taker taker, Clock clock, ZoneId zone, Duration readTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.taker = taker;
        this.clock = clock;
        this.zone = zone;
        Instant now = clock.instant();
        for (HttpSource s : sources) {
            this.sources.put(s.name(), s);
            states.put(s.name(), SourceState.first(s.name(), now));
        }
    }

    /** Each source's last success, last error and next try, for the settings screen and the board. */
    public List<SourceState> states() {
        synchronized (states) {
            return List.copyOf(states.values());
        }
    }

    /** Each source with where it stands; never waits for a fetch under way. */
    public List<SourceStatus> statuses() {
        synchronized (states) {
            return states.values().stream().map(s -> new SourceStatus(sources.get(s.name()), s)).toList();
        }
    }

    /** Fetches every source whose next try has come. */
    public synchronized void pollDue() {
        Instant now = clock.instant();
        for (HttpSource source : sources.values()) {
            SourceState state = states.get(source.name());
            if (!state.nextTry().isAfter(now)) {
                states.put(source.name(), fetch(source, state, now));
            }
        }
    }

    private SourceState fetch(HttpSource source, SourceState state, Instant now) {
        HttpRequest.Builder request = HttpRequest.newBuilder(source.url()).timeout(readTimeout).GET();
        if (state.etag() != null) {
            request.header("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            request.header("If-Modified-Since", state.lastModified());
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 304) {
                return state.succeeded(now, source.every(), state.etag(), state.lastModified(), false);
            }
            if (status != 200) {
                return failed(source, state, now, "HTTP " + status);
            }
            byte[] body = response.body();
            if (body.length > MAX_BYTES) {
                return failed(source, state, now, "larger than " + MAX_BYTES + " bytes");
            }
            String refused = taker.take(fileName(source, now), body);
            String etag = response.headers().firstValue("ETag").orElse(null);
            String modified = response.headers().firstValue("Last-Modified").orElse(null);
            if (refused != null) {
                // The server answered: the file was wrong. Not fetched again until it changes.
                return state.succeeded(now, source.every(), etag, modified, true).refused(refused);
            }
            return state.succeeded(now, source.every(), etag, modified, true);
        } catch (HttpTimeoutException e) {
            return failed(source, state, now, "timed out");
        } catch (IOException e) {
            return failed(source, state, now, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return state;
        }
    }

    private SourceState failed(HttpSource source, SourceState state, Instant now, String why) {
        int failures = state.failures() + 1;
        Duration wait = source.every().multipliedBy(1L << Math.min(failures, 16));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        AppLog.warning("source " + source.name() + " (" + source.url() + ") failed: " + why + "; next try in " + wait);
        return state.failed(now, why, failures, now.plus(wait));
    }

    /**
     * "气象站-20260112-0810.csv": the source, the minute it was fetched in district time, and the
     * address's own extension (a feed of warnings keeps .atom); the content decides how it is read.
     */
    private String fileName(HttpSource source, Instant now) {
        String path = source.url().getPath() == null ? "" : source.url().getPath();
        int dot = path.lastIndexOf('.');
        String extension = dot >= 0 && path.length() - dot <= 5 ? path.substring(dot) : ".csv";
        return source.name() + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(now.atZone(zone)) + extension;
    }
}
