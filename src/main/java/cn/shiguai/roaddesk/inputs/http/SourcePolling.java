package cn.shiguai.roaddesk.inputs.http;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.inputs.FileImports;
import cn.shiguai.roaddesk.inputs.FileReport;
import cn.shiguai.roaddesk.inputs.StationImport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The web sources of a window: read from {@code sources.properties} at start and polled on a
 * thread of their own (a slow server must never hold up the situation or a save). Each fetched
 * file is imported exactly as a file dropped in the inbox, and logged as one.
 */
public final class SourcePolling implements AutoCloseable {
    static final int TICK_SECONDS = 15;

    private final HttpPoller poller;
    private final ScheduledExecutorService timer;

    private SourcePolling(HttpPoller poller, ScheduledExecutorService timer) {
        this.poller = poller;
        this.timer = timer;
    }

    /** Starts polling the directory's sources; empty when none is configured. */
    public static Optional<SourcePolling> start(Path directory, FileImports imports, Clock clock, ZoneId zone) {
        HttpSources.Loaded loaded;
        try {
            loaded = HttpSources.read(directory);
        } catch (IOException e) {
            AppLog.warning("the web sources in " + directory.resolve(HttpSources.FILE) + " cannot be read: " + e);
            return Optional.empty();
        }
        loaded.problems().forEach(p -> AppLog.warning("web source left out: " + p));
        if (loaded.sources().isEmpty()) {
            return Optional.empty();
        }
        HttpPoller poller = new HttpPoller(loaded.sources(), (name, bytes) -> {
            // Station CSV or CAP warnings alike: told apart by content, as in the inbox.
            FileReport report = imports.importFile(name, bytes, StationImport.Channel.HTTP, DutyLog.SYSTEM_AUTHOR);
            return report.isRejected() ? report.summary(RecordLanguage.messages()) : null;
        }, clock, zone);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roaddesk-sources");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                poller.pollDue();
            } catch (RuntimeException e) {
                // One bad round (the store refusing a write, say) must not end the polling.
                AppLog.failure("polling the web sources failed", e);
            }
        }, 1, TICK_SECONDS, TimeUnit.SECONDS);
        return Optional.of(new SourcePolling(poller, timer));
    }

    public HttpPoller poller() {
        return poller;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
