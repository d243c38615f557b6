package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.i18n.Localized;

/** An XML file refused while it is read: where (0 when the file as a whole) and why, in the reader's words. */
final class XmlRefused extends Exception {
    private final long line;
    private final transient Localized why;

    XmlRefused(long line, String key, Object... args) {
        super(key, null, false, false);
        this.line = line;
        this.why = m -> m.format(key, args);
    }

    long line() {
        return line;
    }

    Localized why() {
        return why;
    }
}
