package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.DeskChannel;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.settings.DeskSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything the window needs before it can show the desk, done off the FX thread: the rule
 * set checked, the database opened (created on first start, migrated after a backup, refused
 * when locked, damaged or newer), the 2019 roster and the measure catalogue loaded, and the
 * office's services built on it. The day's backup is not taken here: the window starts it
 * behind the desk, so nobody waits for it.
 */
public final class Startup {
    /**
     * Below this size a whole backup and its verification take well under the two seconds a close
     * may take; above it the exit waits for none (the next start's daily backup covers the day).
     */
    static final long EXIT_BACKUP_MAX_BYTES = 16L * 1024 * 1024;

    /** What a successful start hands to the window. */
    public record Started(RuleSet ruleSet, DataDirectory directory, Database database, Office office, Backups backups,
                          String language, AtomicBoolean dayBackup, DeskChannel channel) {

        /** Told by the window once a verified backup of the day exists (taken now or earlier today). */
        public void dayBackedUp() {
            dayBackup.set(true);
        }

        /**
         * What the window runs when it closes: a backup at exit only when the day has no verified
         * backup yet and the database is small enough to copy at once, then a clean close.
         */
        public void shutDown() {
            try {
                // On a server there is no file of this seat's to copy: the office backs up the server.
                if (!dayBackup.get() && database.server().isEmpty()) {
                    if (databaseBytes() <= EXIT_BACKUP_MAX_BYTES) {
                        backups.backupAutomatically();
                    } else {
                        AppLog.warning("no backup at exit: none verified today yet, and the database ("
                                + databaseBytes() / (1024 * 1024) + " MB) is too large to copy while closing; "
                                + "the next start takes the day's backup");
                    }
                }
            } finally {
                // The channel first: a command that comes now is told the file is in use, not cut off mid-way.
                if (channel != null) {
                    channel.close();
                }
                office.close();
                database.close();
            }
        }

        private long databaseBytes() {
            try {
                return Files.size(directory.databaseFile());
            } catch (IOException e) {
                return Long.MAX_VALUE;
            }
        }
    }

    private Startup() {
    }

    /** Throws RuleSetException or DataAccessException with a message for the officer. */
    public static Started start(WindowOptions options, Clock clock) {
        // Checking the rule set (JSON, Jackson's first use) and opening the database each take a
        // good part of a second in a fresh JVM; on two cores they run side by side.
        CompletableFuture<RuleSet> rules = CompletableFuture.supplyAsync(() -> new RuleSetLoader().loadDefault());
        DataDirectory directory = DataDirectory.resolve(options.dataDirOption()).ensureExists();
        Database database = Database.open(StoreChoice.resolve(options.dbOption(), directory), clock,
                Database.Mode.WRITE_AND_COMPACT);
        try {
            RuleSet ruleSet = joined(rules);
            Office office = Office.forWindow(database, ruleSet, clock);
            return new Started(ruleSet, directory, database, office, new Backups(database, office.stores().log(),
                            office.checkpoints().orElse(null)),
                    new DeskSettings(office.stores().settings()).language(), new AtomicBoolean(), channel(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The commands' way in while the window runs; without it they are told the file is in use, as before. */
    private static DeskChannel channel(Database database) {
        if (database.server().isPresent()) {
            // Commands reach the server themselves; there is no file for the window to hold.
            return null;
        }
        try {
            return DeskChannel.open(database);
        } catch (RuntimeException e) {
            AppLog.failure("the desk channel for commands did not start; commands are refused while the window runs", e);
            return null;
        }
    }

    private static RuleSet joined(CompletableFuture<RuleSet> rules) {
        try {
            return rules.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
