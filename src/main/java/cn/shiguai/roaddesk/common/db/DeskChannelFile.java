package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@code desk.server} in the data directory: where the window's {@link DeskChannel} listens and
 * the secret that opens it. Owner-only (POSIX 0600) from the moment it exists: it is created
 * under a temporary name with those permissions, written, and moved into place. On a file
 * system without POSIX permissions (Windows) it has the folder's, which for the default data
 * directory is the user's own profile.
 *
 * <pre>
 * port=41853
 * key=&lt;64 hex digits&gt;
 * pid=12345
 * </pre>
 */
final class DeskChannelFile {
    static final String NAME = "desk.server";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What a command needs to reach the window's database. */
    record Endpoint(int port, String key, long pid) {
        String url() {
            return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key;
        }

        /** A file whose process is gone is stale; a live pid may still be another program (checked by connecting). */
        boolean processAlive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private final Path path;

    private DeskChannelFile(Path path) {
        this.path = path;
    }

    static Path path(DataDirectory directory) {
        return directory.path().resolve(NAME);
    }

    Path path() {
        return path;
    }

    static DeskChannelFile write(DataDirectory directory, Endpoint endpoint) {
        Path target = path(directory);
        Path temporary = target.resolveSibling(NAME + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            Properties p = new Properties();
            p.setProperty("port", Integer.toString(endpoint.port()));
            p.setProperty("key", endpoint.key());
            p.setProperty("pid", Long.toString(endpoint.pid()));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "RoadDesk desk channel: deleted when the window closes");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DeskChannelFile(target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary name is never read
            }
            throw new UncheckedIOException(e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    /** The endpoint a file names; empty when there is none or it cannot be read as one. */
    static Optional<Endpoint> read(DataDirectory directory) {
        Path file = path(directory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String key = p.getProperty("key", "");
            if (!key.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new Endpoint(Integer.parseInt(p.getProperty("port", "")), key,
                    Long.parseLong(p.getProperty("pid", ""))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
