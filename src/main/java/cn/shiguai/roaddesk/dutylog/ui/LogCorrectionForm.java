package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 更正: a new entry that puts an entry right — its category, when it happened, what it says —
 * with the reason. The original stays as written and is shown struck through; documents use
 * the correction. An entry the system wrote is corrected as a 备注 (a duty officer writes only
 * the free categories).
 */
public final class LogCorrectionForm {
    private final LogEntry original;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<LogCategory> category = new SimpleObjectProperty<>();
    private final StringProperty occurred = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final String originalTime;

    public LogCorrectionForm(LogEntry original, Messages messages, Clock clock, ZoneId zone) {
        this.original = original;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        category.set(original.category().isFree() ? original.category() : LogCategory.NOTE);
        originalTime = LocalDateTime.ofInstant(original.occurredAt(), zone).format(FollowingTime.FORMAT);
        occurred.set(originalTime);
        text.set(original.text());
    }

    public LogEntry original() { return original; }
    public ObjectProperty<LogCategory> category() { return category; }
    public StringProperty occurred() { return occurred; }
    public StringProperty text() { return text; }
    public StringProperty reason() { return reason; }

    /** Why it cannot be written yet, or empty. */
    public String problem() {
        String t = text.get() == null ? "" : text.get().strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > LogDraft.MAX_TEXT) {
            return messages.format("log.error.text", LogDraft.MAX_TEXT);
        }
        // Control characters, direction overrides, invisible-only text: the record's one rule, said before sending.
        Optional<String> refused = LogDraft.textProblem(t).map(p -> p.message(messages));
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<LocalDateTime> when = when();
        if (when.isEmpty()) {
            return messages.format("time.problem.unreadable", messages.get("logscreen.occurred"));
        }
        LocalDateTime latest = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(FollowingTime.TOLERANCE_MINUTES);
        if (when.get().isAfter(latest)) {
            return messages.get("logscreen.problem.correctionFuture");
        }
        if (reason.get() == null || reason.get().isBlank()) {
            return messages.get("logscreen.problem.reason");
        }
        if (category.get() == original.category() && t.equals(original.text())
                && occurred.get().strip().equals(originalTime)) {
            return messages.get("logscreen.problem.nothingChanged");
        }
        return "";
    }

    /**
     * The correction by {@code author}; call only when {@link #problem()} is empty. A time left as
     * it was keeps the original's exact instant.
     */
    public LogDraft draft(String author) {
        java.time.Instant at = occurred.get().strip().equals(originalTime) ? original.occurredAt()
                : when().orElseThrow().atZone(zone).toInstant();
        return LogDraft.of(author, category.get(), text.get().strip()).occurredAt(at)
                .correcting(original.seq(), reason.get());
    }

    private Optional<LocalDateTime> when() {
        try {
            return Optional.of(LocalDateTime.parse(occurred.get().strip().replace('：', ':'), FollowingTime.FORMAT));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
