package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.i18n.Messages;

/**
 * Texts of the entries features write. The duty log is the office's record and is kept in
 * Chinese whatever language the screen shows; the English texts exist for the bundle's parity.
 */
public final class LogTexts {
    private static final Messages RECORD_LANGUAGE = Messages.chinese();

    private LogTexts() {
    }

    public static String of(String key, Object... args) {
        return RECORD_LANGUAGE.format(key, args);
    }
}
