package cn.shiguai.roaddesk.common.db;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where RoadDesk keeps its database and backups. Chosen, in this order, by the
 * {@code --data-dir} option, the {@code ROADDESK_DATA_DIR} environment variable, or the
 * convention of the operating system.
 */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "ROADDESK_DATA_DIR";
    /** The database's base name: H2 adds {@code .mv.db}. */
    public static final String DATABASE_NAME = "roaddesk";
    static final String COMPACTION_SUFFIX = ".compacting";

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public static DataDirectory of(Path path) {
        return new DataDirectory(path);
    }

    /** Resolves with this process's environment and system properties. */
    public static DataDirectory resolve(String cliOption) {
        return resolve(cliOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    public static DataDirectory resolve(String cliOption, Map<String, String> env, String osName, String userHome) {
        if (cliOption != null && !cliOption.isBlank()) {
            return new DataDirectory(Path.of(cliOption));
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv));
        }
        return new DataDirectory(osDefault(env, osName, Path.of(userHome)));
    }

    static Path osDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("RoadDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("RoadDesk");
        }
        return home.resolve(".roaddesk");
    }

    public Path path() {
        return path;
    }

    /** The file H2 keeps the database in. */
    public Path databaseFile() {
        return path.resolve(DATABASE_NAME + ".mv.db");
    }

    /** Where a safe compaction writes its copy before the copy replaces {@link #databaseFile()}. */
    public Path compactionCopy() {
        return path.resolve(DATABASE_NAME + COMPACTION_SUFFIX + ".mv.db");
    }

    /**
     * Every file of the store that no output may land on: the database, H2's trace and lock
     * files, and the copies H2 and the safe compaction write while they work.
     */
    public List<Path> storeFiles() {
        Path db = databaseFile();
        return List.of(db, path.resolve(DATABASE_NAME + ".trace.db"), path.resolve(DATABASE_NAME + ".lock.db"),
                db.resolveSibling(db.getFileName() + ".tempFile"), db.resolveSibling(db.getFileName() + ".newFile"),
                compactionCopy(), path.resolve(DATABASE_NAME + COMPACTION_SUFFIX + ".trace.db"));
    }

    public Path backups() {
        return path.resolve("backups");
    }

    public boolean hasDatabase() {
        return Files.exists(databaseFile());
    }

    /** What H2's file URLs name: the directory and the base name, without extension. */
    String h2FileBase() {
        return path.resolve(DATABASE_NAME).toString();
    }

    /**
     * Creates the directory and its backups folder on first start, owner-only (issue 14, item 7):
     * no other user of the machine can reach any file in it, from its first byte. A directory an
     * older version made readable is narrowed.
     */
    public DataDirectory ensureExists() {
        try {
            OwnerOnly.createFolders(path);
            OwnerOnly.createFolders(backups());
            OwnerOnly.restrict(path);
            OwnerOnly.restrict(backups());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Narrows every file and folder of the directory to its owner: what H2 and the logging made
     * with the umask's bits since (the database, its trace, the logs, files taken from the inbox).
     * A failure is left to the next try: the folder itself already keeps others out.
     */
    public void restrictAll() {
        try {
            OwnerOnly.restrictTree(path);
        } catch (IOException | RuntimeException e) {
            cn.shiguai.roaddesk.common.log.AppLog.warning("the data directory's files could not all be made owner-only: "
                    + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataDirectory other && other.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
