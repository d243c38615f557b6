package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.files.OutputRefusedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * What the store commands share: the data directory, opening the database for reading or for
 * writing (a command never compacts the file; see {@link Database.Mode}), exit statuses.
 */
final class StoreAccess {
    static final int EXIT_OK = 0;
    /** The store refused or failed (locked, damaged, newer, disk full…); the message says which. */
    static final int EXIT_STORE_FAILED = 1;
    static final int EXIT_INVALID = 2;
    /** A chain was verified and found broken. */
    static final int EXIT_CHAIN_BROKEN = 3;

    private StoreAccess() {
    }

    static DataDirectory directory(RoadDeskCommand root) {
        return DataDirectory.resolve(root.dataDirOption());
    }

    /** The embedded file of the data directory, or the server that --db or roaddesk.properties names. */
    static StoreChoice store(RoadDeskCommand root) {
        return StoreChoice.resolve(root.dbOption(), directory(root));
    }

    /** For commands that only read: an up-to-date file is opened read-only and stays byte for byte as it was. */
    static Database openForReading(RoadDeskCommand root) {
        return Database.open(store(root), Clock.systemUTC(), Database.Mode.READ);
    }

    static Database openForWriting(RoadDeskCommand root) {
        return Database.open(store(root), Clock.systemUTC(), Database.Mode.WRITE);
    }

    static int failed(DataAccessException e, Messages messages, PrintWriter err) {
        err.println(e.message(messages));
        err.flush();
        return EXIT_STORE_FAILED;
    }

    /** An output path refused before anything was written. */
    static int refused(OutputRefusedException e, Messages messages, PrintWriter err) {
        err.println(messages.format(e.messageKey(), e.path().toString()));
        err.flush();
        return EXIT_INVALID;
    }
}
