package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.report.LogLine;
import java.time.Instant;
import java.util.List;

/**
 * Which duty-log entries of the period a daily report names ("notable"): what the officers
 * wrote themselves (calls in and out, orders, observations, notes), response decisions,
 * measures reported as impossible to carry out (a leader must act on them), and documents
 * issued. Readings, traffic reports, evaluations, roster, backup and settings entries are
 * left out: the report shows their substance in its tables. An entry since corrected is left
 * out too: its correction, a later entry with the same time of occurrence, stands in its place.
 */
final class NotableEntries {
    /**
     * A status entry says "状态：无法完成" (log.text.status): the status word is looked for where
     * that text puts it, in the record language the log is always kept in.
     */
    private static final String CANNOT_MARK = "：" + RecordLanguage.text("log.value.status.CANNOT") + "，";

    private final Messages recordLanguage = Messages.chinese();

    List<LogLine> of(List<LogEntry> entries, Instant until) {
        return entries.stream()
                .filter(e -> !e.occurredAt().isAfter(until))
                .filter(e -> !e.isCorrected())
                .filter(NotableEntries::notable)
                .map(e -> new LogLine(e.occurredAt(), recordLanguage.get(e.category().textKey()), e.author(), e.text()))
                .toList();
    }

    static boolean notable(LogEntry entry) {
        LogCategory category = entry.category();
        return category.isFree() || category == LogCategory.DECISION || category == LogCategory.DOCUMENT
                || (category == LogCategory.MEASURE && entry.text().contains(CANNOT_MARK));
    }
}
