package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The quick status update: status, who reported it, when, and a note where one is owed. */
public final class MeasureUpdateViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OwedItem item;
    private final Messages messages;
    private final ZoneId zone;
    private final ObjectProperty<MeasureStatus> status = new SimpleObjectProperty<>();
    private final StringProperty reportedBy = new SimpleStringProperty("");
    private final StringProperty reportedAt = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding valid;

    public MeasureUpdateViewModel(OwedItem item, Messages messages, Clock clock, ZoneId zone) {
        this.item = item;
        this.messages = messages;
        this.zone = zone;
        // The usual next step, and the unit's holder as the usual reporter: fewest keystrokes at 3 a.m.
        status.set(item.status() == MeasureStatus.NOT_STARTED ? MeasureStatus.IN_PROGRESS
                : item.status() == MeasureStatus.IN_PROGRESS ? MeasureStatus.DONE : item.status());
        reportedBy.set(item.holder() == null ? "" : item.holder());
        reportedAt.set(LocalDateTime.now(clock.withZone(zone)).format(TIME));
        problem = Bindings.createStringBinding(this::findProblem, status, reportedBy, reportedAt, note);
        valid = problem.isEmpty();
    }

    public OwedItem item() { return item; }
    public ObjectProperty<MeasureStatus> status() { return status; }
    public StringProperty reportedBy() { return reportedBy; }
    public StringProperty reportedAt() { return reportedAt; }
    public StringProperty note() { return note; }
    /** What stands in the way, or empty. */
    public StringBinding problem() { return problem; }
    public BooleanBinding valid() { return valid; }

    public Optional<MeasureBoard.StatusReport> report(String enteredBy) {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureBoard.StatusReport(item.assignmentId(), status.get(), reportedBy.get().strip(),
                note.get() == null || note.get().isBlank() ? null : note.get().strip(),
                parseTime().orElseThrow().atZone(zone).toInstant(), enteredBy));
    }

    private String findProblem() {
        if (status.get() == null) {
            return messages.get("measures.problem.status");
        }
        if (reportedBy.get() == null || reportedBy.get().isBlank()) {
            return messages.get("measure.update.problem.reporter");
        }
        if (parseTime().isEmpty()) {
            return messages.get("measures.problem.time");
        }
        return MeasureStatus.problemWith(item.status(), status.get(), note.get()).map(messages::get).orElse("");
    }

    private Optional<LocalDateTime> parseTime() {
        try {
            return Optional.of(LocalDateTime.parse(reportedAt.get().strip(), TIME));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
