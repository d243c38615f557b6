package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How documents say things: their own wording, and the rules engine's {@link EvaluationText}
 * in Chinese for everything about levels and clauses, so a document explains a level in the
 * same words as the window. Times are shown in the district's zone.
 */
final class DocumentLanguage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter TABLE_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final DocumentWords words = DocumentWords.chinese();
    private final EvaluationText evaluation;
    private final Messages messages;
    private final ZoneId zone;

    DocumentLanguage(RuleSet ruleSet) {
        this.messages = Messages.chinese();
        this.evaluation = new EvaluationText(messages, ruleSet);
        this.zone = ruleSet.zone();
    }

    String get(String key) {
        return words.get(key);
    }

    String format(String key, Object... arguments) {
        return words.format(key, arguments);
    }

    EvaluationText evaluation() {
        return evaluation;
    }

    /** A text of the product's bundles in Chinese, e.g. a measure status or a capacity. */
    String message(String key) {
        return messages.get(key);
    }

    ZoneId zone() {
        return zone;
    }

    String date(LocalDate date) {
        return DATE.format(date);
    }

    String monthDay(LocalDate date) {
        return MONTH_DAY.format(date);
    }

    /** "1月12日9时40分", for running text; "1月12日9时" on the hour. */
    String moment(Instant time) {
        return moment(local(time));
    }

    String moment(LocalDateTime time) {
        String hour = time.getHour() + "时";
        return MONTH_DAY.format(time) + hour + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
    }

    /** "1月12日 09:40", for tables. */
    String tableTime(Instant time) {
        return TABLE_TIME.format(local(time));
    }

    String tableTime(LocalDateTime time) {
        return TABLE_TIME.format(time);
    }

    /** "09:40", for tables of one day. */
    String clock(Instant time) {
        return CLOCK.format(local(time));
    }

    /** "2026年1月12日0时至18时", or across days "2026年1月11日18时至1月12日18时". */
    String period(ReportPeriod period) {
        LocalDateTime from = local(period.from());
        LocalDateTime to = local(period.to());
        String start = date(from.toLocalDate()) + hourMinute(from);
        String end = from.toLocalDate().equals(to.toLocalDate()) ? hourMinute(to) : moment(to);
        return start + "至" + end;
    }

    /** The level's full name, "二级响应（重大）". */
    String levelName(ResponseLevel level) {
        return evaluation.levelName(level);
    }

    /** "二级". */
    String levelShort(ResponseLevel level) {
        return evaluation.levelShort(level);
    }

    /** "23.5 厘米", as the engine writes quantities. */
    String quantity(ClauseKind kind, double value) {
        return evaluation.quantity(kind, value);
    }

    String number(double value) {
        return evaluation.number(value);
    }

    /** Items joined with the Chinese enumeration comma: "甲、乙、丙". */
    String enumeration(List<String> items) {
        return String.join("、", items);
    }

    LocalDateTime local(Instant time) {
        return ZonedDateTime.ofInstant(time, zone).toLocalDateTime();
    }

    private static String hourMinute(LocalDateTime time) {
        return time.getHour() + "时" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
    }
}
