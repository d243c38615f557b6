package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.settings.DeskSettings;
import java.time.Clock;

/**
 * Everything the window needs before it can show the desk, done off the FX thread: the rule
 * set checked, the database opened (created on first start, migrated after a backup, refused
 * when locked, damaged or newer), the 2019 roster and the measure catalogue loaded, and the
 * office's services built on it. The day's backup is not taken here: the window starts it
 * behind the desk, so nobody waits for it.
 */
public final class Startup {

    /** What a successful start hands to the window. */
    public record Started(RuleSet ruleSet, DataDirectory directory, Database database, Office office, Backups backups,
                          String language) {

        /** The backup at exit, then a clean close; what the window runs when it closes. */
        public void shutDown() {
            try {
                backups.backupAutomatically();
            } finally {
                office.close();
                database.close();
            }
        }
    }

    private Startup() {
    }

    /** Throws RuleSetException or DataAccessException with a message for the officer. */
    public static Started start(WindowOptions options, Clock clock) {
        RuleSet ruleSet = new RuleSetLoader().loadDefault();
        DataDirectory directory = DataDirectory.resolve(options.dataDirOption()).ensureExists();
        Database database = Database.open(directory, clock);
        try {
            Office office = Office.forWindow(database, ruleSet, clock);
            return new Started(ruleSet, directory, database, office, new Backups(database, office.stores().log()),
                    new DeskSettings(office.stores().settings()).language());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
