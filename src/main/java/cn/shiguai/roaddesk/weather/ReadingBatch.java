package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Many readings taken in one transaction — a station file is kept whole or not at all. What
 * is done here is done as the form and the correction dialog do it (the same checks, the same
 * log entries), and nothing is announced until the whole batch is committed.
 */
public interface ReadingBatch {

    /** Runs batches; {@code work} either completes and is committed, or throws and leaves nothing behind. */
    interface Runner {
        <T> T inOneTransaction(java.util.function.Function<ReadingBatch, T> work);
    }

    /** The readings still counting at the point a name stands for, observed at that time, newest first. */
    List<ReadingRecord> standingAt(String location, LocalDateTime time);

    /**
     * A new reading, without a log entry of its own: the caller writes one entry for the batch
     * that links every reading saved ({@link #log}), so each is still covered by the chain.
     */
    ReadingRecord save(ReadingDraft draft, String by, ReadingOrigin origin);

    /** As {@link ReadingCorrections#correct}, from a file or feed. */
    ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by, ReadingOrigin origin);

    /** The entered daily mean in force for the day, if any. */
    Optional<Double> meanOf(LocalDate day);

    /** Enters the day's mean; {@code note} says why when it replaces one in force. */
    void enterMean(LocalDate day, double valueC, String by, String note);

    /** A duty-log entry in the batch's transaction, e.g. what was imported. */
    long log(LogDraft entry);
}
