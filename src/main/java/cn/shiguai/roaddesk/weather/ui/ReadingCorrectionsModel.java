package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 更正 and 撤回 from the readings screen's tables: a correction is a new record in place of the
 * old one, a withdrawal names it; both need a reason, and the old record stays listed.
 */
public final class ReadingCorrectionsModel {
    private final ReadingService readings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> currentUser;
    private final Consumer<String> done;
    private final Consumer<Throwable> failed;

    ReadingCorrectionsModel(ReadingService readings, TaskRunner tasks, Messages messages, Clock clock, ZoneId zone,
                            Supplier<String> currentUser, Consumer<String> done, Consumer<Throwable> failed) {
        this.readings = readings;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.currentUser = currentUser;
        this.done = done;
        this.failed = failed;
    }

    /** A correction of a kept reading or road report, to fill in. */
    public RecordCorrectionForm of(ReadingRow row) {
        return RecordCorrectionForm.of(row.record(), messages, clock, zone);
    }

    public RecordCorrectionForm of(TrafficRow row) {
        return RecordCorrectionForm.of(row.record(), messages, clock, zone);
    }

    /** Writes the correction; false (nothing written) while it has a problem. */
    public boolean correct(RecordCorrectionForm form) {
        if (!form.problem().isEmpty()) {
            return false;
        }
        String user = currentUser.get();
        String reason = form.reason().get();
        if (form.kind() == RecordCorrectionForm.Kind.READING) {
            ReadingDraft corrected = form.reading();
            run(() -> readings.correct(form.id(), corrected, reason, user), messages.format("readings.corrected", form.id()));
        } else {
            var corrected = form.traffic();
            run(() -> readings.correctTraffic(form.id(), corrected, reason, user),
                    messages.format("traffic.corrected", form.id()));
        }
        return true;
    }

    /** Withdraws a kept reading: it stays listed, struck through, and no longer counts. */
    public void withdraw(ReadingRow row, String reason) {
        String user = currentUser.get();
        run(() -> {
            readings.withdraw(row.id(), reason, user);
            return row.id();
        }, messages.format("readings.withdrawn", row.id()));
    }

    public void withdraw(TrafficRow row, String reason) {
        String user = currentUser.get();
        run(() -> {
            readings.withdrawTraffic(row.record().id(), reason, user);
            return row.record().id();
        }, messages.format("traffic.withdrawn", row.record().id()));
    }

    /** The day's entered mean put right (null withdraws it), with the reason. */
    public void correctMean(LocalDate day, Double valueC, String reason) {
        String user = currentUser.get();
        run(() -> {
            readings.correctMean(day, valueC, reason, user);
            return day;
        }, messages.format("readings.meanCorrected", day.toString()));
    }

    private <T> void run(Callable<T> work, String saying) {
        tasks.run(work, result -> done.accept(saying), failed);
    }
}
