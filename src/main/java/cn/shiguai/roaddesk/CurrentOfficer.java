package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogTexts;
import cn.shiguai.roaddesk.settings.SettingsRepository;

/**
 * Who is at the desk: every record entered in the window carries this name. Remembered between
 * starts; a change (a shift handover) is a setting change and so is logged with who and when.
 */
public final class CurrentOfficer {
    static final String SETTING = "desk.officer";

    private final SettingsRepository settings;
    private volatile String name;

    public CurrentOfficer(SettingsRepository settings, Messages messages) {
        this.settings = settings;
        this.name = settings.get(SETTING).orElse(messages.get("user.dutyOfficer"));
    }

    public String name() {
        return name;
    }

    /**
     * Hands the desk over (交接班); off the FX thread. The setting change is logged by the store;
     * the handover itself, with what was handed over, is a note in the duty log.
     */
    public void handOverTo(String next, String note, DutyLog log) {
        String previous = name;
        String successor = next.strip();
        settings.put(SETTING, successor, previous);
        String text = LogTexts.of("handover.log", previous, successor,
                note == null || note.isBlank() ? LogTexts.of("handover.noNote") : note.strip());
        log.append(LogDraft.of(previous, LogCategory.NOTE, text));
        name = successor;
    }
}
