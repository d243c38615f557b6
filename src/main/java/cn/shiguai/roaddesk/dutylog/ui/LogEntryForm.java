package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.PhoneCall;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new-entry form of the duty log: the category (back to 来电 after every save, so a category
 * never sticks unseen), when it happened (now until typed), what was said, and for a phone
 * call who called, from which unit and number, and whether the office promised to call back.
 */
public final class LogEntryForm {
    /** The category a new entry starts with, again after every save: the most frequent entry at the desk. */
    public static final LogCategory DEFAULT_CATEGORY = LogCategory.PHONE_IN;
    /** A promised call back defaults to this long after the call. */
    static final long DEFAULT_CALLBACK_MINUTES = 30;

    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<LogCategory> category = new SimpleObjectProperty<>(DEFAULT_CATEGORY);
    private final FollowingTime occurred;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty caller = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final BooleanProperty callbackNeeded = new SimpleBooleanProperty();
    private final StringProperty callbackBy = new SimpleStringProperty("");

    /** What the form gives when it is complete: the entry, and the call's particulars for a call. */
    public record Entry(LogDraft draft, Optional<PhoneCall> call) { }

    public LogEntryForm(Messages messages, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.occurred = new FollowingTime(clock, zone, messages, "logscreen.occurred");
        callbackNeeded.addListener((o, was, needed) -> {
            if (needed && callbackBy.get().isBlank()) {
                callbackBy.set(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES)
                        .plusMinutes(DEFAULT_CALLBACK_MINUTES).format(FollowingTime.FORMAT));
            }
        });
    }

    public ObjectProperty<LogCategory> category() { return category; }
    public FollowingTime occurred() { return occurred; }
    public StringProperty text() { return text; }
    public StringProperty caller() { return caller; }
    public StringProperty unit() { return unit; }
    public StringProperty number() { return number; }
    public BooleanProperty callbackNeeded() { return callbackNeeded; }
    /** When the office promised to call back, e.g. 2026-01-12 06:00. */
    public StringProperty callbackBy() { return callbackBy; }

    /** 来电 and 去电 take the other party's particulars. */
    public boolean isCall() {
        return category.get() == LogCategory.PHONE_IN || category.get() == LogCategory.PHONE_OUT;
    }

    /** Why the entry cannot be written yet, or empty. */
    public String problem() {
        String said = text.get() == null ? "" : text.get().strip();
        if (said.isEmpty() || said.codePointCount(0, said.length()) > LogDraft.MAX_TEXT) {
            return messages.format("log.error.text", LogDraft.MAX_TEXT);
        }
        // Control characters, direction overrides, invisible-only text: the record's one rule, said before sending.
        Optional<String> refused = LogDraft.textProblem(said).map(p -> p.message(messages));
        if (refused.isPresent()) {
            return refused.get();
        }
        String time = occurred.problem();
        if (!time.isEmpty()) {
            return time;
        }
        if (isCall() && (caller.get() == null || caller.get().isBlank())) {
            return messages.get("logscreen.problem.caller");
        }
        if (isCall() && callbackNeeded.get() && callbackDue().isEmpty()) {
            return messages.get("logscreen.problem.callbackBy");
        }
        return "";
    }

    /** The complete entry by {@code author}; call only when {@link #problem()} is empty. */
    public Entry entry(String author) {
        LocalDateTime when = occurred.value().orElseThrow();
        LogDraft draft = LogDraft.of(author, category.get(), text.get().strip()).occurredAt(when.atZone(zone).toInstant());
        if (!isCall()) {
            return new Entry(draft, Optional.empty());
        }
        PhoneCall call = new PhoneCall(PhoneCall.Direction.of(category.get()), caller.get(), unit.get(), number.get(),
                callbackNeeded.get() ? callbackDue().orElseThrow().atZone(zone).toInstant() : null);
        return new Entry(draft, Optional.of(call));
    }

    /** After a save: empty, the default category, the time following the clock. */
    public void reset() {
        text.set("");
        caller.set("");
        unit.set("");
        number.set("");
        callbackNeeded.set(false);
        callbackBy.set("");
        category.set(DEFAULT_CATEGORY);
        occurred.follow();
    }

    private Optional<LocalDateTime> callbackDue() {
        try {
            return Optional.of(LocalDateTime.parse(callbackBy.get().strip().replace('：', ':'), FollowingTime.FORMAT));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
