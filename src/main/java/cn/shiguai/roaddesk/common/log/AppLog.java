package cn.shiguai.roaddesk.common.log;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.i18n.Localized;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application log, for whoever looks after the workstation: warnings, failures and their
 * stack traces, in {@code logs/roaddesk-0.log} of the data directory (the newest; five files
 * of 2 MB are kept, the oldest dropped). It is not the duty log: nothing here is an office
 * record. java.util.logging because it is in the JDK, rotates by itself and is what Flyway and
 * H2 already write to, so their warnings land in the same file with no bridge or extra jar.
 */
public final class AppLog {
    public static final String FOLDER = "logs";
    static final String PATTERN = "roaddesk-%g.log";
    static final int LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILES = 5;
    private static final Logger APP = Logger.getLogger("cn.shiguai.roaddesk");
    private static volatile Path file;
    private static Handler handler;

    private AppLog() {
    }

    /** Starts writing to the data directory's log folder; again with another folder, writes there instead. */
    public static synchronized Path install(Path dataDirectory) {
        Path folder = dataDirectory.resolve(FOLDER);
        try {
            cn.shiguai.roaddesk.common.files.OwnerOnly.createFolders(folder);
            FileHandler next = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT_BYTES, FILES, true);
            // FileHandler creates its files with the umask's bits; what the desk logs is no one else's.
            cn.shiguai.roaddesk.common.files.OwnerOnly.restrictTree(folder);
            next.setEncoding(StandardCharsets.UTF_8.name());
            next.setFormatter(new Lines());
            next.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            if (handler != null) {
                root.removeHandler(handler);
                handler.close();
            }
            root.addHandler(next);
            handler = next;
            file = folder.resolve(PATTERN.replace("%g", "0"));
            return file;
        } catch (IOException e) {
            // Without a log file the desk still works; the console keeps what would have gone there.
            Logger.getLogger("").log(Level.WARNING, "application log not writable in " + folder, e);
            return folder;
        }
    }

    /** The file being written, once installed. */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * A failure met while doing {@code what}. A refusal the person was told about in words (a
     * decision §六 does not allow) is a note; anything else is a warning with its stack trace.
     */
    public static void failure(String what, Throwable failure) {
        boolean refusal = failure instanceof Localized && !(failure instanceof DataAccessException);
        if (refusal) {
            APP.log(Level.INFO, what + ": " + failure.getMessage());
        } else {
            APP.log(Level.WARNING, what, failure);
        }
    }

    public static void warning(String message) {
        APP.warning(message);
    }

    /**
     * Every exception no one caught, on any thread, is logged and then shown in words by
     * {@code show} (called on the failing thread): never lost to a console nobody sees.
     */
    public static void catchUncaught(Consumer<Throwable> show) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            APP.log(Level.SEVERE, "uncaught on thread " + thread.getName(), failure);
            try {
                show.accept(failure);
            } catch (RuntimeException | Error e) {
                APP.log(Level.SEVERE, "could not show the failure", e);
            }
        });
    }

    /** One line per record in the district's time, then the stack trace when there is one. */
    static final class Lines extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(LocalDateTime.ofInstant(r.getInstant(), ZONE))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
