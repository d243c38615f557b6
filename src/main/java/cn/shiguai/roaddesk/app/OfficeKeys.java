package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.log.AppLog;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.signed.SigningKeys;
import cn.shiguai.roaddesk.users.SignInKeys;
import cn.shiguai.roaddesk.users.User;

/**
 * The users' signing keys unlocked at sign-in (decision 0017). A key made for the first time is
 * logged, so the log says when each key came to be. A key that cannot be opened or written costs
 * the checkpoints, never the sign-in: the application log says why.
 */
final class OfficeKeys implements SignInKeys {
    private final SigningKeys keys;
    private final Database database;
    private final DutyLog log;

    OfficeKeys(SigningKeys keys, Database database, DutyLog log) {
        this.keys = keys;
        this.database = database;
        this.log = log;
    }

    @Override
    public void unlock(User user, char[] password) {
        try {
            SigningKeys.Unlocked unlocked = keys.unlock(user.name(), password);
            if (unlocked.created()) {
                String text = RecordLanguage.text("checkpoint.log.keyCreated",
                        RecordLanguage.text(user.role().textKey()) + " " + user.actor().person(), unlocked.keyId());
                database.write(txn -> log.append(txn, LogDraft.of(DutyLog.SYSTEM_AUTHOR, LogCategory.SYSTEM, text)));
            }
        } catch (RuntimeException e) {
            AppLog.failure("the signing key of " + user.name() + " could not be unlocked; no checkpoints are signed", e);
        }
    }

    @Override
    public void signedIn(User user) {
        if (keys.use(user.name()).isEmpty()) {
            keys.forget();
        }
    }
}
