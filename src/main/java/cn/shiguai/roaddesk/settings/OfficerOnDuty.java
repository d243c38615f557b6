package cn.shiguai.roaddesk.settings;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;

/**
 * Who is at the desk: every record entered in the window carries this name. Remembered between
 * starts as a setting of the workstation; a shift handover changes it and says so in the duty
 * log, in one transaction.
 */
public final class OfficerOnDuty {
    static final String SETTING = "desk.officer";

    private final Database database;
    private final SettingsRepository settings;
    private final DutyLog log;
    private volatile String name;

    public OfficerOnDuty(Database database, SettingsRepository settings, DutyLog log) {
        this.database = database;
        this.settings = settings;
        this.log = log;
        this.name = settings.get(SETTING).orElse(RecordLanguage.text("user.dutyOfficer"));
    }

    public String name() {
        return name;
    }

    /** Whether anyone has been named at this desk; a first start has only the placeholder. */
    public boolean isNamed() {
        return settings.get(SETTING).isPresent();
    }

    /**
     * The first officer of a new desk names themselves, off the FX thread: the name and the
     * start of the first shift are logged together, so the log never begins with a placeholder.
     */
    public void beginFirstShift(String officer) {
        String first = officer.strip();
        database.write(txn -> {
            settings.put(txn, SETTING, first, first);
            return log.append(txn, LogDraft.of(first, LogCategory.NOTE, RecordLanguage.text("firstShift.log", first)));
        });
        name = first;
    }

    /** Hands the desk over (交接班), off the FX thread: the new officer and what was handed over, logged together. */
    public void handOverTo(String next, String note) {
        String previous = name;
        String successor = next.strip();
        String text = RecordLanguage.text("handover.log", previous, successor,
                note == null || note.isBlank() ? RecordLanguage.text("handover.noNote") : note.strip());
        database.write(txn -> {
            settings.put(txn, SETTING, successor, previous);
            return log.append(txn, LogDraft.of(previous, LogCategory.NOTE, text));
        });
        name = successor;
    }
}
