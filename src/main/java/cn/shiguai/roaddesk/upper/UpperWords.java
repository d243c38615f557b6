package cn.shiguai.roaddesk.upper;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;

/**
 * The duty-log sentence that records an announcement, in the words a person writes:
 * "记录上级响应：包头市 启动三级响应（包政办发〔2026〕12号，自 12月2日 08:00 起），由 李春梅 录入".
 */
public final class UpperWords {
    private UpperWords() {
    }

    public static String logText(UpperResponse r) {
        String doc = r.docNumber() == null ? "" : RecordLanguage.text("upper.log.doc", r.docNumber());
        String who = r.enteredByHand() ? RecordLanguage.text("upper.log.byHand", r.enteredBy())
                : RecordLanguage.text("upper.log.fromFeed", r.source(), r.enteredBy());
        String since = RecordLanguage.time(r.since());
        return r.ends() ? RecordLanguage.text("upper.log.end", r.announcedBy(), doc, since, who)
                : RecordLanguage.text("upper.log.start", r.announcedBy(),
                        RecordLanguage.text("level." + r.level().code() + ".short"), doc, since, who);
    }
}
