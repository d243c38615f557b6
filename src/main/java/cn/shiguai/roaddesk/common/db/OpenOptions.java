package cn.shiguai.roaddesk.common.db;

import java.util.List;

/**
 * How the file database is reached. Production uses H2's plain {@code file:} storage and the
 * packaged migrations; tests put a failing file system under it ({@code prefix}), open it
 * read-only ({@code settings}) or add a later migration ({@code migrationLocations}).
 *
 * @param prefix H2 file-system scheme with its colon, e.g. {@code "file:"}
 * @param settings extra URL settings, each starting with ';'
 */
record OpenOptions(String prefix, String settings, List<String> migrationLocations) {

    OpenOptions(String prefix, String settings) {
        this(prefix, settings, List.of(Migrations.LOCATION));
    }

    /** Every commit is written at once: without it H2 loses committed rows when the process is killed. */
    static final String DURABLE = ";WRITE_DELAY=0";

    static final OpenOptions STANDARD = new OpenOptions("file:", "");

    OpenOptions withMigrations(String... locations) {
        return new OpenOptions(prefix, settings, List.of(locations));
    }

    String url(DataDirectory directory) {
        return "jdbc:h2:" + prefix + directory.h2FileBase() + DURABLE + settings;
    }

    /** Opening this URL cannot write to the file, whatever happens. */
    String readOnlyUrl(DataDirectory directory) {
        return "jdbc:h2:" + prefix + directory.h2FileBase() + ";ACCESS_MODE_DATA=r" + settings;
    }
}
