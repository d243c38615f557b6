package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import org.h2.engine.SysProperties;
import org.h2.tools.Server;

/**
 * The way the commands reach the database while the window holds its file: an H2 TCP server
 * inside the window's process, listening on loopback only, on a free port, serving this one
 * database under a random 256-bit name ({@code -key}) that only the owner-only file
 * {@link DeskChannelFile} tells. Another name, or the database's path, is refused; connections
 * from other hosts are refused by H2 ({@code -tcpAllowOthers} is off) and could not even reach
 * the socket, which is bound to 127.0.0.1. See docs/decisions/0013.
 */
public final class DeskChannel implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Server server;
    private final DeskChannelFile file;

    private DeskChannel(Server server, DeskChannelFile file) {
        this.server = server;
        this.file = file;
    }

    /**
     * Starts the channel of an open file database and writes its file.
     *
     * @throws IllegalStateException when the socket could not be bound to loopback only, or the
     *                               database is in memory; nothing is left running then
     * @throws UncheckedIOException  when the file cannot be written; the server is stopped again
     */
    public static DeskChannel open(Database database) {
        DataDirectory directory = database.directory()
                .orElseThrow(() -> new IllegalStateException("an in-memory database has no channel"));
        requireLoopbackBinding();
        String key = secret();
        Server server;
        try {
            server = Server.createTcpServer("-tcpPort", "0", "-ifExists", "-tcpPassword", secret(),
                    "-key", key, database.h2Name()).start();
        } catch (SQLException e) {
            throw new IllegalStateException("the desk channel could not start: " + e.getMessage(), e);
        }
        try {
            DeskChannelFile written = DeskChannelFile.write(directory,
                    new DeskChannelFile.Endpoint(server.getPort(), key, ProcessHandle.current().pid()));
            return new DeskChannel(server, written);
        } catch (UncheckedIOException e) {
            server.stop();
            throw e;
        }
    }

    /**
     * H2 binds its server sockets to {@code h2.bindAddress}, read once when H2 is first used;
     * {@link Database} sets it to loopback before that. Anything else and no channel is started.
     */
    static void requireLoopbackBinding() {
        String bind = SysProperties.BIND_ADDRESS;
        try {
            if (bind == null || bind.isBlank() || !InetAddress.getByName(bind).isLoopbackAddress()) {
                throw new IllegalStateException("H2 would listen on " + (bind == null || bind.isBlank() ? "every address" : bind)
                        + ", not on loopback only (h2.bindAddress was set too late or elsewhere)");
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("h2.bindAddress " + bind + " is not an address", e);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public int port() {
        return server.getPort();
    }

    public Path file() {
        return file.path();
    }

    /** Deletes the file first, so that no command tries a server that is going away; then stops it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            // A file left behind names a port nobody answers on: commands take it as stale.
        } finally {
            server.stop();
        }
    }
}
