package cn.shiguai.roaddesk.board;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A board item in the window's language: its facts worded, times as the clock on the wall shows them. */
public final class BoardWords {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final EvaluationText text;

    public BoardWords(Messages messages, EvaluationText text) {
        this.messages = messages;
        this.text = text;
    }

    /** "白狐沟 已 3 小时 20 分 未报告（最后观测 23:40）" */
    public String sentence(BoardItem item, Instant now) {
        Object[] args = item.facts().stream().map(f -> word(f, now)).toArray();
        return messages.format(item.textKey(), args);
    }

    public java.time.ZoneId zone() {
        return text.zone();
    }

    public String kind(BoardItem.Kind kind) {
        return messages.get("board.kind." + kind.name());
    }

    private String word(Object fact, Instant now) {
        if (fact instanceof ResponseLevel level) {
            return text.levelName(level);
        }
        if (fact instanceof DocumentKind kind) {
            return messages.get(kind.labelKey());
        }
        if (fact instanceof Duration d) {
            long minutes = Math.max(0, d.toMinutes());
            return minutes < 60 ? messages.format("board.minutes", minutes)
                    : messages.format("board.hours", minutes / 60, minutes % 60);
        }
        if (fact instanceof Instant at) {
            LocalDateTime local = LocalDateTime.ofInstant(at, text.zone());
            return local.toLocalDate().equals(LocalDate.ofInstant(now, text.zone())) ? local.format(TIME)
                    : messages.format("board.dayTime", local.getMonthValue(), local.getDayOfMonth(), local.format(TIME));
        }
        return String.valueOf(fact);
    }
}
