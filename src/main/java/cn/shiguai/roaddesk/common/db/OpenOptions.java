package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the file database is reached. Production uses H2's plain {@code file:} storage, the
 * packaged migrations and the disk's own free space; tests put a failing file system under it
 * ({@code prefix}, with its {@code freeSpace}), open it read-only ({@code settings}) or add a
 * later migration ({@code migrationLocations}).
 *
 * @param prefix H2 file-system scheme with its colon, e.g. {@code "file:"}
 * @param settings extra URL settings, each starting with ';'
 * @param freeSpace bytes free on the disk of a folder; compaction asks it first
 */
record OpenOptions(String prefix, String settings, List<String> migrationLocations, FreeSpace freeSpace) {

    /** Free bytes on the disk that holds a folder; 0 when it cannot be told. */
    @FunctionalInterface
    interface FreeSpace {
        long of(Path folder);

        FreeSpace DISK = folder -> {
            try {
                return Files.getFileStore(folder).getUsableSpace();
            } catch (IOException | SecurityException e) {
                return 0;
            }
        };
    }

    OpenOptions(String prefix, String settings) {
        this(prefix, settings, List.of(Migrations.LOCATION), FreeSpace.DISK);
    }

    OpenOptions(String prefix, String settings, FreeSpace freeSpace) {
        this(prefix, settings, List.of(Migrations.LOCATION), freeSpace);
    }

    /**
     * Every commit is written at once: without it H2 loses committed rows when the process is
     * killed. And no compaction of H2's own at close ({@code MAX_COMPACT_TIME=0}): it would move
     * chunks however full the disk; the only compaction is {@link Compaction}'s, checked.
     */
    static final String DURABLE = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    static final OpenOptions STANDARD = new OpenOptions("file:", "");

    OpenOptions withMigrations(String... locations) {
        return new OpenOptions(prefix, settings, List.of(locations), freeSpace);
    }

    String url(DataDirectory directory) {
        return "jdbc:h2:" + prefix + directory.h2FileBase() + DURABLE + settings;
    }

    /** Opening this URL cannot write to the file, whatever happens. */
    String readOnlyUrl(DataDirectory directory) {
        return readOnlyUrl(directory.h2FileBase());
    }

    /** The same for another database file (H2 base name, without {@code .mv.db}), e.g. a copy. */
    String readOnlyUrl(String h2FileBase) {
        return "jdbc:h2:" + prefix + h2FileBase + ";ACCESS_MODE_DATA=r" + settings;
    }

    /** H2's name of a file of the store, with the scheme, e.g. for H2's own file utilities. */
    String h2Name(Path file) {
        return prefix + file;
    }
}
