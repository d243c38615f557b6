package cn.shiguai.roaddesk.dutylog.ui;

import cn.shiguai.roaddesk.common.fx.Failures;
import cn.shiguai.roaddesk.common.fx.TaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.RecordCheck;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.VerifyCancelledException;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointCheck;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * 校验日志链: recomputes the whole chain on the queue of long work (seconds at a million
 * entries), with its progress, and can be stopped; a stopped verify concludes nothing.
 */
public final class ChainCheck {
    private final DutyLog log;
    private final TaskRunner longTasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Boolean> intact = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile Supplier<CheckpointCheck> checkpoints = () -> null;

    public ChainCheck(DutyLog log, TaskRunner longTasks, Messages messages) {
        this.log = log;
        this.longTasks = longTasks;
        this.messages = messages;
    }

    /** The signed checkpoints are checked too, after the chain and the records (issue 14, item 6). */
    public void alsoCheck(Supplier<CheckpointCheck> signed) {
        this.checkpoints = signed;
    }

    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    /** True intact, false broken, null not checked (or stopped). */
    public ObjectProperty<Boolean> intact() { return intact; }
    public ReadOnlyBooleanProperty running() { return running.getReadOnlyProperty(); }
    /** How far the running verify has come, 0 to 1. */
    public ReadOnlyDoubleProperty progress() { return progress.getReadOnlyProperty(); }

    public void verify() {
        if (running.get()) {
            return;
        }
        status.set(messages.get("logscreen.verifying"));
        running.set(true);
        progress.set(0);
        stop.set(false);
        longTasks.run(() -> {
            ChainReport chain = log.verify((checked, total) -> {
                longTasks.onUiThread(() -> progress.set(total == 0 ? 1 : (double) checked / total));
                return !stop.get();
            });
            return new Found(chain, log.verifyRecords(), checkpoints.get());
        }, found -> {
            running.set(false);
            show(found);
        }, t -> {
            running.set(false);
            intact.set(null);
            status.set(t instanceof VerifyCancelledException ? Failures.describe(t, messages)
                    : messages.format("logscreen.failed", Failures.describe(t, messages)));
        });
    }

    /** Stops the running verify after the page it is on. */
    /**
     * The log changed since the last check: its result no longer speaks for the log as it is now
     * (a green 完整，共 13 条 beside 20 entries misleads), so it is shown as outdated until the
     * next check.
     */
    public void outdated() {
        if (running.get() || intact.get() == null) {
            return;
        }
        intact.set(null);
        status.set(messages.format("log.verify.outdated", status.get()));
    }

    public void stop() {
        stop.set(true);
    }

    /** The chain, and the records its entries vouch for. */
    private record Found(ChainReport chain, RecordCheck.Result records, CheckpointCheck signed) { }

    private void show(Found found) {
        ChainReport report = found.chain();
        boolean signedHold = found.signed() == null || found.signed().intact();
        intact.set(report.intact() && found.records().intact() && signedHold);
        String chain = report.intact()
                ? messages.format("log.verify.intact", report.count(), abbreviate(report.headHash()))
                : messages.format("log.verify." + report.problem().name(), report.firstBadSeq(), report.count());
        String signed = found.signed() == null ? "" : " " + String.join(" ", shortened(found.signed().sentences(messages)));
        if (found.records().intact()) {
            status.set(chain + signed);
            return;
        }
        RecordCheck.Finding first = found.records().findings().get(0);
        status.set(chain + " " + messages.format("log.verify.records.broken", String.valueOf(found.records().broken()),
                String.valueOf(found.records().checked())) + messages.format(first.gone() ? "log.verify.record.gone"
                : "log.verify.record.edited", messages.get("log.link." + first.type().name()), String.valueOf(first.id()),
                String.valueOf(first.seq())) + signed);
    }

    /**
     * One status line: a log truncated early fails every later checkpoint, and the screen names the
     * first few and the newest that holds ({@code log verify} lists them all).
     */
    static java.util.List<String> shortened(java.util.List<String> sentences) {
        if (sentences.size() <= 4) {
            return sentences;
        }
        java.util.List<String> shown = new java.util.ArrayList<>(sentences.subList(0, 3));
        shown.add("……");
        shown.add(sentences.get(sentences.size() - 1));
        return shown;
    }

    private static String abbreviate(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "…" : hash;
    }
}
