package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Reads the whole database file, read-only, before anything writes to it: every page of every
 * map of H2's store (tables, indexes, large objects, the store's own metadata), checked against
 * the version the file's header names, then the database opened through SQL with the first row
 * of every table. H2 reads pages lazily, so a damaged page otherwise shows only when a query
 * happens to need it — after the command has already written into the damaged file.
 *
 * <p>What a full read cannot see: a value changed inside a page that still parses (H2 keeps no
 * checksum of contents). The duty log's hash chain covers that for the log.
 *
 * <p>The commands run it before they open the store; the window can call {@link #run} the same
 * way before its first write (it is what {@link Database#open} does for an existing file).
 */
public final class StoreCheck {

    /** What was read: pages of the store, tables opened through SQL, and how long it took. */
    public record Result(long pages, long tables, Duration took) { }

    private StoreCheck() {
    }

    /**
     * Checks the database of a data directory; does nothing for a directory without one.
     *
     * @throws DataAccessException CORRUPT naming the newest verified backup, or LOCKED when
     *                             another RoadDesk holds the file
     */
    public static Result run(DataDirectory directory) {
        return run(directory, OpenOptions.STANDARD);
    }

    static Result run(DataDirectory directory, OpenOptions options) {
        if (!directory.hasDatabase()) {
            return new Result(0, 0, Duration.ZERO);
        }
        try {
            return file(options.h2Name(directory.databaseFile()), options.readOnlyUrl(directory),
                    StorePassword.of(directory));
        } catch (RuntimeException | SQLException | IOException e) {
            throw StoreDamage.refusal(e, directory);
        }
    }

    /** Reads a store file (H2 file name, with its scheme) and the database behind a read-only URL. */
    static Result file(String storeFile, String readOnlyUrl, String password) throws SQLException, IOException {
        long start = System.nanoTime();
        long pages = pages(storeFile);
        long tables = tables(readOnlyUrl, password);
        return new Result(pages, tables, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The file is opened here and closed here whatever happens: when H2 fails to open a damaged
     * file it leaves the file (and its lock) open, and the next open in this process would be
     * refused as "in use by another RoadDesk". The maps are walked in parallel, one core each:
     * H2 reads pages with positional reads and a concurrent cache.
     */
    private static long pages(String storeFile) throws IOException {
        SingleFileStore file = new SingleFileStore(new HashMap<>());
        ExecutorService walkers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                runnable -> {
                    Thread thread = new Thread(runnable, "store-check");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            // Before anything opens the file through SQL, which would load the classes its triggers name.
            refuseForeign(storeFile);
            file.open(storeFile, true, null);
            long headerVersion = StoreHeader.version(storeFile);
            try (MVStore store = new MVStore.Builder().fileStore(file).readOnly().open()) {
                if (store.getCurrentVersion() < headerVersion) {
                    // The chunk the file's header names is gone (a file cut short): H2 would open an older state.
                    throw new IllegalStateException("store opens at version " + store.getCurrentVersion()
                            + ", its header names version " + headerVersion);
                }
                List<Future<Long>> walks = new ArrayList<>();
                walks.add(walkers.submit(() -> walk(store.getMetaMap().getRootPage())));
                for (String name : store.getMapNames()) {
                    MVMap.Builder<byte[], byte[]> raw = new MVMap.Builder<byte[], byte[]>().keyType(RawBytes.TYPE)
                            .valueType(RawBytes.TYPE);
                    MVMap<byte[], byte[]> map = store.openMap(name, raw);
                    walks.add(walkers.submit(() -> walk(map.getRootPage())));
                }
                long pages = 0;
                for (Future<Long> walk : walks) {
                    pages += joined(walk);
                }
                return pages;
            }
        } finally {
            walkers.shutdownNow();
            closeQuietly(file);
        }
    }

    /** The meta table is read with H2's own row types, a store of its own: the walk reads every map raw. */
    private static void refuseForeign(String storeFile) {
        SingleFileStore file = new SingleFileStore(new HashMap<>());
        try {
            file.open(storeFile, true, null);
            try (MVStore store = new MVStore.Builder().fileStore(file).readOnly().open()) {
                SchemaObjects.refuseForeign(store, storeFile);
            }
        } finally {
            closeQuietly(file);
        }
    }

    /** Closing a store file whose open failed (locked by another process) fails too: the open's failure is what counts. */
    private static void closeQuietly(SingleFileStore file) {
        try {
            file.close();
        } catch (RuntimeException notOpen) {
            // nothing was opened, nothing to release
        }
    }

    private static long joined(Future<Long> walk) {
        try {
            return walk.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("store check interrupted", e);
        }
    }

    /** Reads every page below {@code root}; H2 checks each page's position, length and format as it reads it. */
    private static long walk(Page<?, ?> root) {
        long pages = 0;
        Deque<Page<?, ?>> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Page<?, ?> page = todo.pop();
            pages++;
            if (!page.isLeaf()) {
                for (int i = 0; i < page.getRawChildPageCount(); i++) {
                    todo.push(page.getChildPage(i));
                }
            }
        }
        return pages;
    }

    /**
     * The file opened as the database it is, read-only, and the first row of every table read:
     * H2's SQL layer refuses a file cut short that its store alone would open at an older state.
     * (Reading every row as well cost 11 s at a million entries and found nothing the page walk
     * and this did not; the duty log's rows are read in full by every chain verification.)
     */
    private static long tables(String readOnlyUrl, String password) throws SQLException {
        long read = 0;
        Connection c = DriverManager.getConnection(readOnlyUrl + ";IFEXISTS=TRUE", StorePassword.USER, password);
        try {
            for (String table : tables(c)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " LIMIT 1");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    read++;
                }
            }
        } finally {
            shutDown(c);
        }
        return read;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY 1, 2");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(quoted(rs.getString(1)) + "." + quoted(rs.getString(2)));
            }
        }
        return tables;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A read-only database is closed at once, without the reconnect a plain close of the last session does. */
    static void shutDown(Connection c) throws SQLException {
        try (PreparedStatement shutdown = c.prepareStatement("SHUTDOWN")) {
            shutdown.execute();
        }
    }

    /**
     * A key or value section left unparsed: enough to read pages without knowing H2's row format
     * (the first read skips the whole section, the rest find it empty).
     */
    private static final class RawBytes extends BasicDataType<byte[]> {
        static final RawBytes TYPE = new RawBytes();
        private static final byte[] NONE = new byte[0];

        @Override
        public int getMemory(byte[] value) {
            return value.length;
        }

        @Override
        public void write(WriteBuffer buff, byte[] value) {
            throw new UnsupportedOperationException("the check only reads");
        }

        /** Skips the section: the check needs the page read, not its bytes kept. */
        @Override
        public byte[] read(ByteBuffer buff) {
            buff.position(buff.limit());
            return NONE;
        }

        @Override
        public byte[][] createStorage(int size) {
            return new byte[size][];
        }
    }
}
