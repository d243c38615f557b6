package cn.shiguai.roaddesk.common.db;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

/**
 * The database user's password (issue 14, item 7): generated, 256 random bits, kept only in the
 * data directory's {@value #FILE} (owner-only), never typed and never in an argument. A database
 * made before it had the empty password: its first open for writing changes it, in an order that
 * cannot lock the office out — the new password is written first ({@value #PENDING}), then the
 * user altered, then the file renamed; an open cut short in between finds the pending file and
 * finishes. A read-only open never changes anything, so until the first write it reads with the
 * empty password. Each backup zip carries the file, so a restored copy opens.
 */
public final class StorePassword {
    public static final String FILE = "db.password";
    static final String PENDING = FILE + ".new";
    public static final String USER = "sa";
    /** H2's error for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StorePassword() {
    }

    /** The password the directory's database opens with: its file's, or the old empty one. */
    public static String of(DataDirectory directory) {
        return of(directory.path());
    }

    static String of(Path folder) {
        return read(folder.resolve(FILE));
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, file.toString(),
                    e.getMessage());
        }
    }

    /**
     * The password to open for writing with, settled first: a new database gets a fresh one; an
     * existing one with the empty password is changed to a fresh one.
     *
     * @param writeUrl H2's URL of the directory's database, for the change
     */
    static String establish(DataDirectory directory, boolean existing, String writeUrl) {
        Path file = directory.path().resolve(FILE);
        Path pending = directory.path().resolve(PENDING);
        try {
            if (Files.isRegularFile(file)) {
                return of(directory);
            }
            if (!Files.isRegularFile(pending)) {
                Files.writeString(OwnerOnly.createFile(pending), generate(), StandardCharsets.UTF_8);
            }
            String fresh = read(pending);
            if (fresh.isEmpty()) {
                throw new IOException("the new database password in " + pending + " is empty");
            }
            if (existing) {
                change(writeUrl, fresh);
            }
            move(pending, file);
            return fresh;
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, directory.toString(),
                    e.getMessage());
        } catch (SQLException e) {
            throw SqlFailures.translate(e, directory.toString(), null);
        }
    }

    /**
     * Before anything reads the file: an open cut short after the change and before the rename
     * left the new password pending though it is already the database's. Found so by a read-only
     * connection (no byte written), the rename is finished; otherwise the pending password was
     * never set, and the empty one still opens the file until {@link #establish} changes it.
     */
    static void recover(DataDirectory directory, String readOnlyUrl) {
        Path file = directory.path().resolve(FILE);
        Path pending = directory.path().resolve(PENDING);
        if (Files.isRegularFile(file) || !Files.isRegularFile(pending) || !directory.hasDatabase()) {
            return;
        }
        String candidate = read(pending);
        try (Connection c = DriverManager.getConnection(readOnlyUrl + ";IFEXISTS=TRUE", USER, candidate)) {
            c.isValid(1);
        } catch (SQLException e) {
            return; // not set yet (or the file is damaged: the start check says so next)
        }
        try {
            move(pending, file);
        } catch (IOException e) {
            throw new DataAccessException(FailureReason.OTHER, "store.error.directory", e, directory.toString(),
                    e.getMessage());
        }
    }

    /** Opens with the old empty password and sets the new one; already set (an earlier open cut short) is as good. */
    private static void change(String writeUrl, String fresh) throws SQLException {
        try (Connection c = DriverManager.getConnection(writeUrl + ";IFEXISTS=TRUE", USER, "");
             Statement alter = c.createStatement()) {
            // The password is base64url: no quote can end the literal. H2 takes no parameter here.
            alter.execute("ALTER USER " + USER + " SET PASSWORD '" + fresh + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw e;
            }
            try (Connection c = DriverManager.getConnection(writeUrl + ";IFEXISTS=TRUE", USER, fresh)) {
                c.isValid(1);
            }
        }
    }

    /** Puts the directory's password file into a backup zip H2 wrote, so that the copy opens once restored. */
    static void embed(Path zip, DataDirectory directory) throws IOException {
        String password = of(directory);
        if (password.isEmpty()) {
            return;
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of())) {
            Files.writeString(fs.getPath(FILE), password, StandardCharsets.UTF_8);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
