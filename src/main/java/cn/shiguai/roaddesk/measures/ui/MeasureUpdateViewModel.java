package cn.shiguai.roaddesk.measures.ui;

import cn.shiguai.roaddesk.common.fx.FollowingTime;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The quick status update: status, who reported it, when, and a note where one is owed. */
public final class MeasureUpdateViewModel {
    private OwedItem item;
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private final ZoneId zone;
    private final ObjectProperty<MeasureStatus> status = new SimpleObjectProperty<>();
    private final StringProperty reportedBy = new SimpleStringProperty("");
    private final FollowingTime reportedAt;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final MeasureStatus proposedStatus;
    private final String proposedReporter;

    public MeasureUpdateViewModel(OwedItem item, Messages messages, Clock clock, ZoneId zone) {
        this.item = item;
        this.messages = messages;
        this.zone = zone;
        // The usual next step, and the unit's holder as the usual reporter: fewest keystrokes at 3 a.m.
        status.set(item.status() == MeasureStatus.NOT_STARTED ? MeasureStatus.IN_PROGRESS
                : item.status() == MeasureStatus.IN_PROGRESS ? MeasureStatus.DONE : item.status());
        reportedBy.set(item.holder() == null ? "" : item.holder());
        proposedStatus = status.get();
        proposedReporter = reportedBy.get();
        reportedAt = new FollowingTime(clock, zone, messages, "measures.update.reportedAt");
        problem = Bindings.createStringBinding(this::findProblem, status, reportedBy, reportedAt.text(), note);
        valid = problem.isEmpty();
    }

    public OwedItem item() { return item; }
    /** Why the last save was refused as made over a newer report, and whose; empty otherwise. */
    public ReadOnlyStringProperty conflict() { return conflict.getReadOnlyProperty(); }

    /**
     * The save was refused: another seat reported first. What the officer typed stays as it is and
     * is named beside theirs; saving again records it over theirs, a choice made knowingly.
     */
    public void refusedBy(cn.shiguai.roaddesk.measures.StatusChangedMeanwhile newer) {
        item = item.basedOn(newer.newerId());
        String none = messages.get("measures.update.noNote");
        conflict.set(messages.format("measures.update.conflict", newer.enteredBy(),
                java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").format(newer.recordedAt().atZone(zone)),
                messages.get(newer.status().labelKey()), newer.reportedBy(),
                newer.note() == null ? none : newer.note(), messages.get(status.get().labelKey()),
                note.get() == null || note.get().isBlank() ? none : note.get().strip()));
    }

    public ObjectProperty<MeasureStatus> status() { return status; }
    public StringProperty reportedBy() { return reportedBy; }
    public StringProperty reportedAt() { return reportedAt.text(); }
    /** When the unit reported: now until typed. */
    public FollowingTime reportedTime() { return reportedAt; }
    /** What needs one more save (a time far from now); empty otherwise. */
    public ReadOnlyStringProperty warning() { return warning.getReadOnlyProperty(); }

    /** The clock moved: an untouched report time moves with it. */
    public void tick() {
        reportedAt.tick();
    }

    /** Whether the report may be saved now; a far time is named the first time and saved the next. */
    public boolean confirmTime() {
        FollowingTime.Check check = reportedAt.attemptSave();
        warning.set(check.message());
        return check.gate() == FollowingTime.Gate.SAVE;
    }
    public StringProperty note() { return note; }

    /** Whether the officer has typed or chosen anything that closing would throw away. */
    public boolean typed() {
        return status.get() != proposedStatus || !reportedBy.get().equals(proposedReporter)
                || !note.get().isBlank() || reportedAt.edited().get();
    }
    /** What stands in the way, or empty. */
    public StringBinding problem() { return problem; }
    public BooleanBinding valid() { return valid; }

    public Optional<MeasureBoard.StatusReport> report(String enteredBy) {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureBoard.StatusReport(item.assignmentId(), status.get(), reportedBy.get().strip(),
                note.get() == null || note.get().isBlank() ? null : note.get().strip(),
                reportedAt.value().orElseThrow().atZone(zone).toInstant(), enteredBy));
    }

    private String findProblem() {
        if (status.get() == null) {
            return messages.get("measures.problem.status");
        }
        if (reportedBy.get() == null || reportedBy.get().isBlank()) {
            return messages.get("measure.update.problem.reporter");
        }
        String time = reportedAt.problem();
        if (!time.isEmpty()) {
            return time;
        }
        return MeasureStatus.problemWith(item.status(), status.get(), note.get()).map(messages::get).orElse("");
    }

}
