package cn.shiguai.roaddesk.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir
    Path data;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }

    private String logText() throws Exception {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        return Files.readString(AppLog.file().orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void aFailureGoesToTheDataDirectorysLogWithItsStackTrace() throws Exception {
        Path file = AppLog.install(data);
        assertEquals(data.resolve("logs").resolve("roaddesk-0.log"), file);
        AppLog.failure("saving a reading failed", new IllegalStateException("磁盘已满"));
        String text = logText();
        assertTrue(text.contains("WARNING") && text.contains("saving a reading failed"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: 磁盘已满"), text);
        assertTrue(text.contains("\tat cn.shiguai.roaddesk.common.log.AppLogTest"), "the stack trace is kept");
    }

    @Test
    void aRefusalThePersonWasToldAboutIsANoteWithoutAStackTrace() throws Exception {
        AppLog.install(data);
        AppLog.failure("decision refused", new LocalizedException("settings.problem.successor"));
        String text = logText();
        assertTrue(text.contains("INFO") && text.contains("decision refused"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void anUncaughtExceptionOnAnyThreadIsLoggedAndShown() throws Exception {
        AppLog.install(data);
        CompletableFuture<Throwable> shown = new CompletableFuture<>();
        AppLog.catchUncaught(shown::complete);
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("意外的空值");
        }, "feed-poller");
        worker.start();
        worker.join();
        Throwable failure = shown.get(10, TimeUnit.SECONDS);
        assertEquals("意外的空值", failure.getMessage());
        String text = logText();
        assertTrue(text.contains("SEVERE") && text.contains("uncaught on thread feed-poller"), text);
        assertTrue(text.contains("IllegalArgumentException: 意外的空值"), text);
        assertSame(failure, shown.get());
    }
}
