package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the tests use: the one {@code .ci/run} started ({@code ROADDESK_TEST_PG_*}
 * from {@code .ci/postgres.sh}), or, when those are absent (a developer's {@code mvn verify}),
 * one started here by the same script and stopped when the tests' JVM ends. Never skipped: a
 * machine without a PostgreSQL server fails these tests and says why. Each test gets a database
 * of its own, owned by the owner role, as an office's is.
 */
public final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Map<String, String> settings;

    private TestPostgres() {
    }

    /** A new, empty database on the server, with the seat's role allowed to connect. */
    public static StoreChoice.Server freshServer(Path dataDir) {
        Map<String, String> env = settings();
        String name = "rd_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = ownerConnection(url(env)); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            s.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + name + " TO " + env.get("ROADDESK_TEST_PG_APP"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url(env), e);
        }
        String url = url(env).substring(0, url(env).lastIndexOf('/') + 1) + name;
        return new StoreChoice.Server(DataDirectory.of(dataDir), url, seat(), owner());
    }

    /** Opened by the owner (migrating it) and then signed in as the seat's role, as a seat opens it. */
    public static Database freshDatabase(Path dataDir, Clock clock) {
        return Database.open(freshServer(dataDir), clock, Database.Mode.WRITE);
    }

    public static StoreChoice.Credentials seat() {
        return new StoreChoice.Credentials(settings().get("ROADDESK_TEST_PG_APP"),
                settings().get("ROADDESK_TEST_PG_APP_PASSWORD"));
    }

    public static StoreChoice.Credentials owner() {
        return new StoreChoice.Credentials(settings().get("ROADDESK_TEST_PG_OWNER"),
                settings().get("ROADDESK_TEST_PG_OWNER_PASSWORD"));
    }

    /** A plain connection as the owner role, to a database of the server. */
    public static Connection ownerConnection(String url) throws SQLException {
        return DriverManager.getConnection(url, owner().user(), owner().password());
    }

    public static Connection seatConnection(String url) throws SQLException {
        return DriverManager.getConnection(url, seat().user(), seat().password());
    }

    /**
     * A data directory's roaddesk.properties naming the server and both roles, owner-only, as an
     * office writes it for a seat that may also migrate (the commands read no test environment).
     */
    public static void writeProperties(Path dataDir, StoreChoice.Server server) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(StoreSettings.FILE_NAME);
            Files.writeString(file, "database.url=" + server.url() + "\n"
                    + "database.user=" + server.seat().user() + "\ndatabase.password=" + server.seat().password() + "\n"
                    + "database.owner.user=" + server.owner().user() + "\n"
                    + "database.owner.password=" + server.owner().password() + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(Map<String, String> env) {
        return env.get("ROADDESK_TEST_PG_URL");
    }

    private static synchronized Map<String, String> settings() {
        if (settings == null) {
            Map<String, String> env = System.getenv();
            settings = env.get("ROADDESK_TEST_PG_URL") != null ? Map.copyOf(env) : startServer();
        }
        return settings;
    }

    /** Runs .ci/postgres.sh and reads the exports it prints; the server is stopped at the JVM's exit. */
    private static Map<String, String> startServer() {
        Path script = Path.of(System.getProperty("user.dir")).resolve(".ci/postgres.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(".ci/postgres.sh failed: no PostgreSQL server for the tests\n" + out);
            }
            Map<String, String> found = new HashMap<>();
            Matcher m = Pattern.compile("(ROADDESK_TEST_PG_\\w+)=(\\S+)").matcher(out);
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            String dir = found.get("ROADDESK_TEST_PG_DIR");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(script, dir)));
            return Map.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Path script, String dir) {
        try {
            new ProcessBuilder("bash", script.toString(), "--stop", dir).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the temporary folder stays; nothing else to do while the JVM exits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
