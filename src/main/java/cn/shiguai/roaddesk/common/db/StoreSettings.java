package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the choice of store. {@code --db} wins over {@code database.url} in the data directory's
 * {@code roaddesk.properties}; neither means the embedded H2 file. The roles come from the
 * environment ({@code ROADDESK_DB_USER}, {@code ROADDESK_DB_PASSWORD}, and for the migrations
 * {@code ROADDESK_DB_OWNER_USER}, {@code ROADDESK_DB_OWNER_PASSWORD}) or the same file. A file
 * that holds a password and can be read by others than its owner is refused, not read: a seat
 * that silently used it would spread the password on a shared machine.
 */
final class StoreSettings {
    static final String FILE_NAME = "roaddesk.properties";
    static final String URL = "database.url";
    static final String USER = "database.user";
    static final String PASSWORD = "database.password";
    static final String OWNER_USER = "database.owner.user";
    static final String OWNER_PASSWORD = "database.owner.password";
    static final String ENV_USER = "ROADDESK_DB_USER";
    static final String ENV_PASSWORD = "ROADDESK_DB_PASSWORD";
    static final String ENV_OWNER_USER = "ROADDESK_DB_OWNER_USER";
    static final String ENV_OWNER_PASSWORD = "ROADDESK_DB_OWNER_PASSWORD";
    private static final String SCHEME = "jdbc:postgresql://";

    private StoreSettings() {
    }

    static StoreChoice resolve(String dbOption, DataDirectory directory, Map<String, String> env) {
        Properties file = read(directory.path().resolve(FILE_NAME));
        String url = present(dbOption) ? dbOption.trim() : file.getProperty(URL, "").trim();
        if (url.isEmpty()) {
            return new StoreChoice.Embedded(directory);
        }
        checkUrl(url);
        StoreChoice.Credentials seat = credentials(env, file, ENV_USER, ENV_PASSWORD, USER, PASSWORD);
        if (seat == null) {
            throw refused("store.error.server.noUser", url);
        }
        StoreChoice.Credentials owner = credentials(env, file, ENV_OWNER_USER, ENV_OWNER_PASSWORD, OWNER_USER,
                OWNER_PASSWORD);
        if (owner != null && owner.user().equals(seat.user())) {
            // The seats' role must lack UPDATE and DELETE on the records; the owner has every right.
            throw refused("store.error.server.ownerIsSeat", seat.user());
        }
        return new StoreChoice.Server(directory, url, seat, owner);
    }

    /** Only a PostgreSQL URL, and one that carries no user or password: those are never arguments. */
    private static void checkUrl(String url) {
        if (!url.startsWith(SCHEME) || url.length() == SCHEME.length()) {
            throw refused("store.error.server.url", url);
        }
        String query = url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1).toLowerCase(java.util.Locale.ROOT);
        for (String part : query.split("&")) {
            if (part.startsWith("password=") || part.startsWith("user=")) {
                throw refused("store.error.server.urlCredentials", url.substring(0, url.indexOf('?')));
            }
        }
    }

    private static StoreChoice.Credentials credentials(Map<String, String> env, Properties file, String envUser,
                                                       String envPassword, String fileUser, String filePassword) {
        String user = present(env.get(envUser)) ? env.get(envUser) : file.getProperty(fileUser, "").trim();
        if (user.isEmpty()) {
            return null;
        }
        String password = env.get(envPassword) != null ? env.get(envPassword) : file.getProperty(filePassword, "");
        return new StoreChoice.Credentials(user, password);
    }

    private static Properties read(Path path) {
        Properties properties = new Properties();
        if (!Files.isRegularFile(path)) {
            return properties;
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.server.properties", e, path.toString(),
                    String.valueOf(e.getMessage()));
        }
        boolean holdsPassword = present(properties.getProperty(PASSWORD)) || present(properties.getProperty(OWNER_PASSWORD));
        if (holdsPassword && readableByOthers(path)) {
            throw refused("store.error.server.propertiesOpen", path.toString());
        }
        return properties;
    }

    /** Whether group or others may read the file; false where the file system has no POSIX rights. */
    static boolean readableByOthers(Path path) {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> rights = posix.readAttributes().permissions();
            rights.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE));
            return !rights.isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static DataAccessException refused(String key, String argument) {
        return new DataAccessException(FailureReason.OTHER, key, null, argument);
    }
}
