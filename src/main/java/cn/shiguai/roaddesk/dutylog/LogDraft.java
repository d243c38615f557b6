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
 */
public record LogDraft(Instant occurredAt, String author, LogCategory category, String text,
                       List<LogLink> links, Long correctsSeq) {
    public static final int MAX_TEXT = 4000;
    public static final int MAX_AUTHOR = 100;

    public LogDraft {
        Objects.requireNonNull(category, "category");
        FreeText.check(author, MAX_AUTHOR).ifPresent(p -> {
            throw new TextRefusedException("author", p);
        });
        FreeText.check(text, MAX_TEXT).ifPresent(p -> {
            throw new TextRefusedException("text", p);
        });
        links = links.stream().distinct().sorted().toList();
    }

    /** Why {@code text} cannot be an entry's text, for forms to say before anything is sent; empty when it can. */
    public static Optional<FreeText.Problem> textProblem(String text) {
        return FreeText.check(text, MAX_TEXT);
    }

    public static LogDraft of(String author, LogCategory category, String text) {
        return new LogDraft(null, author, category, text, List.of(), null);
    }

    public LogDraft occurredAt(Instant when) {
        return new LogDraft(when, author, category, text, links, correctsSeq);
    }

    public LogDraft concerning(LinkType type, long id) {
        List<LogLink> more = new ArrayList<>(links);
        more.add(LogLink.to(type, id));
        return new LogDraft(occurredAt, author, category, text, more, correctsSeq);
    }

    /** A correction: a new entry that names the one it corrects, which stays as it was. */
    public LogDraft correcting(long seq) {
        return new LogDraft(occurredAt, author, category, text, links, seq);
    }
}
