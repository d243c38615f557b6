package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A time field that says "now" until the officer edits it: it follows the clock minute by
 * minute ({@link #tick()}), stops when something else is typed, and follows again after a save
 * ({@link #follow()}). A time more than {@value #TOLERANCE_MINUTES} minutes from now is named
 * ("观测时间比现在早 2 小时 13 分") and takes one more Enter to save; one more than that in the
 * future is refused. A wrong time feeds the rules and the official record, so it is never
 * taken silently.
 */
public final class FollowingTime {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final int TOLERANCE_MINUTES = 10;

    /** What saving with the time typed needs now. */
    public enum Gate {
        /** Near now: save. */
        SAVE,
        /** Far from now: the message names how far; the same time saves at the next attempt. */
        CONFIRM,
        /** Unreadable, or in the future beyond the tolerance: not saved. */
        REFUSE
    }

    /** The gate and what to tell the officer (empty for {@link Gate#SAVE}). */
    public record Check(Gate gate, String message) { }

    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages;
    private final String fieldKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private boolean setting;
    private String confirmed;

    /** @param fieldKey the text key of the field's name, e.g. {@code form.time} (观测时间) */
    public FollowingTime(Clock clock, ZoneId zone, Messages messages, String fieldKey) {
        this.clock = clock;
        this.zone = zone;
        this.messages = messages;
        this.fieldKey = fieldKey;
        text.addListener((o, before, now) -> {
            if (!setting) {
                edited.set(true);
            }
        });
        follow();
    }

    /** What the field shows; typing in it stops it following the clock. */
    public StringProperty text() {
        return text;
    }

    /** Whether the officer typed a time of their own. */
    public ReadOnlyBooleanProperty edited() {
        return edited.getReadOnlyProperty();
    }

    /** The clock moved: an unedited field shows the new minute. */
    public void tick() {
        if (!edited.get()) {
            show(now());
        }
    }

    /** After a save, or to take back an edit: the field follows the clock again. */
    public void follow() {
        edited.set(false);
        confirmed = null;
        show(now());
    }

    /** The time typed, at minute precision; empty when it cannot be read. */
    public Optional<LocalDateTime> value() {
        String t = text.get();
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t.strip().replace('：', ':'), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why the time cannot be saved at all, or empty: what the form shows beside the field. */
    public String problem() {
        Check check = check();
        return check.gate() == Gate.REFUSE ? check.message() : "";
    }

    /** The gate without remembering anything. */
    public Check check() {
        Optional<LocalDateTime> typed = value();
        if (typed.isEmpty()) {
            return new Check(Gate.REFUSE, messages.format("time.problem.unreadable", messages.get(fieldKey)));
        }
        LocalDateTime now = now();
        long minutes = ChronoUnit.MINUTES.between(now, typed.get());
        if (Math.abs(minutes) <= TOLERANCE_MINUTES) {
            return new Check(Gate.SAVE, "");
        }
        String distance = distance(Duration.ofMinutes(Math.abs(minutes)));
        if (minutes > 0) {
            return new Check(Gate.REFUSE, messages.format("time.problem.future", messages.get(fieldKey), distance,
                    TOLERANCE_MINUTES));
        }
        return new Check(Gate.CONFIRM, messages.format("time.confirm.earlier", messages.get(fieldKey), distance));
    }

    /**
     * What a save attempt may do: a far time is named the first time and saved the next, as long
     * as it was not changed in between.
     */
    public Check attemptSave() {
        Check check = check();
        if (check.gate() != Gate.CONFIRM) {
            return check;
        }
        if (text.get().equals(confirmed)) {
            return new Check(Gate.SAVE, "");
        }
        confirmed = text.get();
        return check;
    }

    /** "2 小时 13 分", "3 天 4 小时", "15 分". */
    String distance(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return messages.format("time.distance.days", days, hours);
        }
        return hours > 0 ? messages.format("time.distance.hours", hours, minutes)
                : messages.format("time.distance.minutes", minutes);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    }

    private void show(LocalDateTime time) {
        setting = true;
        try {
            text.set(time.format(FORMAT));
        } finally {
            setting = false;
        }
    }
}
