package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;

/**
 * The duty-log entry for a refused file, station readings or warnings alike: the channel, the
 * file, how many problems, and the first 15 of them, clipped to what an entry may hold.
 */
public final class RefusalEntry {
    static final int LOGGED_PROBLEMS = 15;

    private RefusalEntry() {
    }

    /** @param headKey the entry's first sentence: channel, file name, count of problems */
    public static LogDraft of(String by, LogCategory category, String headKey, StationImport.Channel channel,
                              FileReport report) {
        StringBuilder problems = new StringBuilder();
        var record = RecordLanguage.messages();
        report.bad().stream().limit(LOGGED_PROBLEMS).forEach(b -> problems.append('\n').append(b.sentence(record)));
        if (report.bad().size() > LOGGED_PROBLEMS) {
            problems.append('\n').append(RecordLanguage.text("import.log.more",
                    String.valueOf(report.bad().size() - LOGGED_PROBLEMS)));
        }
        String text = RecordLanguage.text(headKey, RecordLanguage.text(channel.textKey()),
                Printable.escape(report.file()), String.valueOf(report.bad().size())) + problems;
        return LogDraft.of(by, category, text.codePointCount(0, text.length()) > LogDraft.MAX_TEXT
                ? text.substring(0, text.offsetByCodePoints(0, LogDraft.MAX_TEXT - 1)) + "…" : text);
    }
}
