package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.common.i18n.Messages;
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

    /** Hands the desk over; off the FX thread, it writes a setting and its log entry. */
    public void handOverTo(String next) {
        String previous = name;
        settings.put(SETTING, next.strip(), previous);
        name = next.strip();
    }
}
