package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.backup.Backups;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.settings.DeskSettings;
import java.time.Clock;

/**
 * Everything the window needs before it can show the desk, done off the FX thread: the rule
 * set checked, the database opened (created on first start, migrated after a backup, refused
 * when locked, damaged or newer), the 2019 roster and the measure catalogue loaded, and the
 * day's backup taken.
 */
final class Startup {

    /** What a successful start hands to the window. */
    record Started(RuleSet ruleSet, DataDirectory directory, Database database, Stores stores, Backups backups,
                   CurrentOfficer officer, String language) {

        /** The backup at exit, then a clean close; what the window runs when it closes. */
        void shutDown() {
            try {
                backups.backupAutomatically();
            } finally {
                database.close();
            }
        }
    }

    private Startup() {
    }

    /** Throws RuleSetException or DataAccessException with a message for the officer. */
    static Started start(WindowOptions options, Clock clock, Messages messages) {
        RuleSet ruleSet = new RuleSetLoader().loadDefault();
        DataDirectory directory = DataDirectory.resolve(options.dataDirOption()).ensureExists();
        Database database = Database.open(directory, clock);
        try {
            DutyLog log = new DutyLog(database);
            Stores stores = DatabaseStores.open(database, log, ruleSet, messages);
            Backups backups = new Backups(database, log);
            backups.backupIfDue();
            return new Started(ruleSet, directory, database, stores, backups,
                    new CurrentOfficer(stores.settings(), messages),
                    new DeskSettings(stores.settings()).language());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
