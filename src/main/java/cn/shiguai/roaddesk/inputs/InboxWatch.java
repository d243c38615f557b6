package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.log.AppLog;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the inbox while the window is open: a scan at a fixed interval (the fallback, and what
 * notices that a file has become still), and a scan soon after the WatchService reports a new
 * or changed file. Scans run on the given scheduler, one at a time.
 */
public final class InboxWatch implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(1);

    private final Inbox inbox;
    private final ScheduledExecutorService scheduler;
    private WatchService watcher;
    private Thread watching;

    private InboxWatch(Inbox inbox, ScheduledExecutorService scheduler) {
        this.inbox = inbox;
        this.scheduler = scheduler;
    }

    public static InboxWatch start(Inbox inbox, ScheduledExecutorService scheduler) {
        InboxWatch watch = new InboxWatch(inbox, scheduler);
        scheduler.scheduleWithFixedDelay(watch::scan, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            watch.watcher = FileSystems.getDefault().newWatchService();
            inbox.folder().register(watch.watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            watch.watching = new Thread(watch::watch, "roaddesk-inbox-watch");
            watch.watching.setDaemon(true);
            watch.watching.start();
        } catch (IOException | UnsupportedOperationException e) {
            AppLog.warning("inbox folder not watched, scanned every " + EVERY.toSeconds() + " s: " + e.getMessage());
        }
        return watch;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                // The file must be still for a while before it is read: look again once it could be.
                scheduler.schedule(this::scan, Inbox.STABLE_FOR.toMillis() + 100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException | ClosedWatchServiceException | java.util.concurrent.RejectedExecutionException e) {
            // closed with the window
        }
    }

    private void scan() {
        try {
            inbox.scan();
        } catch (RuntimeException e) {
            AppLog.failure("inbox scan", e); // the next scan tries again; the schedule must not die
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing: nothing more to watch
            }
        }
    }
}
