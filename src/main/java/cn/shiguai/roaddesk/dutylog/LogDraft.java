package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.text.FreeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry before it is appended: the log assigns its number, time recorded and hashes. Its
 * text and author pass {@link FreeText}: no control characters but newline and tab, no
 * bidirectional overrides, not only blanks or zero-width characters, and at most
 * {@value #MAX_TEXT} (author {@value #MAX_AUTHOR}) characters, counted as characters.
 *
 * @param occurredAt when it happened; null means "now" (the time recorded)
 * @param correctsSeq the entry this one corrects, or null
 * @param reason      why it corrects it (required with {@code correctsSeq} from the window), or null
 */
public record LogDraft(Instant occurredAt, String author, LogCategory category, String text,
                       List<LogLink> links, Long correctsSeq, String reason) {
    public static final int MAX_TEXT = 4000;
    public static final int MAX_AUTHOR = 100;
    public static final int MAX_REASON = 1000;

    public LogDraft {
        Objects.requireNonNull(category, "category");
        FreeText.check(author, MAX_AUTHOR).ifPresent(p -> {
            throw new TextRefusedException("author", p);
        });
        FreeText.check(text, MAX_TEXT).ifPresent(p -> {
            throw new TextRefusedException("text", p);
        });
        links = links.stream().distinct().sorted().toList();
        if (reason != null && (reason.isBlank() || reason.length() > MAX_REASON)) {
            throw new IllegalArgumentException("a correction's reason needs 1.." + MAX_REASON + " characters");
        }
    }

    public LogDraft(Instant occurredAt, String author, LogCategory category, String text, List<LogLink> links,
                    Long correctsSeq) {
        this(occurredAt, author, category, text, links, correctsSeq, null);
    }

    /** Why {@code text} cannot be an entry's text, for forms to say before anything is sent; empty when it can. */
    public static Optional<FreeText.Problem> textProblem(String text) {
        return FreeText.check(text, MAX_TEXT);
    }

    public static LogDraft of(String author, LogCategory category, String text) {
        return new LogDraft(null, author, category, text, List.of(), null);
    }

    public LogDraft occurredAt(Instant when) {
        return new LogDraft(when, author, category, text, links, correctsSeq, reason);
    }

    public LogDraft concerning(LinkType type, long id) {
        List<LogLink> more = new ArrayList<>(links);
        more.add(LogLink.to(type, id));
        return new LogDraft(occurredAt, author, category, text, more, correctsSeq, reason);
    }

    /** Links to many records of one kind at once (a station file's readings). */
    public LogDraft concerningAll(LinkType type, java.util.Collection<Long> ids) {
        List<LogLink> more = new ArrayList<>(links);
        ids.forEach(id -> more.add(LogLink.to(type, id)));
        return new LogDraft(occurredAt, author, category, text, more, correctsSeq, reason);
    }

    /** A correction: a new entry that names the one it corrects, which stays as it was. */
    public LogDraft correcting(long seq) {
        return new LogDraft(occurredAt, author, category, text, links, seq, reason);
    }

    /** A correction with its reason: the original stays as written, struck through where it is listed. */
    public LogDraft correcting(long seq, String why) {
        return new LogDraft(occurredAt, author, category, text, links, seq, why == null ? null : why.strip());
    }
}
