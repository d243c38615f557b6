package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A log entry as the log table shows it; a corrected entry says by which, a correction what it corrects. */
public record LogEntryRow(long seq, String occurred, String recorded, String category, String author, String text,
                          boolean corrected, LogEntry entry) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    static LogEntryRow of(LogEntry e, Messages messages, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        if (e.correctsSeq() != null) {
            text.append(e.reason() == null ? messages.format("log.corrects", e.correctsSeq())
                    : messages.format("log.correctsBecause", e.correctsSeq(), e.reason()));
        }
        text.append(e.text());
        if (e.isCorrected()) {
            text.append(messages.format("log.corrected", e.correctedBySeq()));
        }
        return new LogEntryRow(e.seq(), TIME.format(e.occurredAt().atZone(zone)), SECONDS.format(e.recordedAt().atZone(zone)),
                messages.get(e.category().textKey()), e.author(), text.toString(), e.isCorrected(), e);
    }
}
