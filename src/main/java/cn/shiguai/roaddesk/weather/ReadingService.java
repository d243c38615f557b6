package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.LocalDate;

/**
 * The one way readings come in — typed in the form, imported, or from a feed — and are put
 * right, so that every screen and the situation hear of each change the same way.
 */
public final class ReadingService {
    private final ReadingStore store;
    private final ReadingCorrections corrections;
    private final ReadingBatch.Runner batches;
    private final ChangeBus changes;
    private final Seat seat;

    /** @param seat who is signed in: every write needs {@link Permission#ENTER_RECORDS} */
    public ReadingService(ReadingStore store, ReadingCorrections corrections, ReadingBatch.Runner batches,
                          ChangeBus changes, Seat seat) {
        this.seat = seat;
        this.store = store;
        this.corrections = corrections;
        this.batches = batches;
        this.changes = changes;
    }

    public ReadingService(ReadingStore store, ReadingCorrections corrections, ChangeBus changes) {
        this(store, corrections, null, changes, new Seat());
    }

    /** A store that takes new readings only (a test's, a feed's preview). */
    public ReadingService(ReadingStore store, ChangeBus changes) {
        this(store, null, null, changes, new Seat());
    }

    public ReadingStore store() {
        return store;
    }

    public ReadingRecord save(ReadingDraft draft, String enteredBy) {
        seat.require(Permission.ENTER_RECORDS);
        ReadingRecord saved = store.save(draft, enteredBy);
        changes.publish(Change.READINGS);
        return saved;
    }

    public ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by) {
        seat.require(Permission.ENTER_RECORDS);
        ReadingRecord saved = corrections().correct(readingId, corrected, reason, by);
        changes.publish(Change.READINGS);
        return saved;
    }

    public void withdraw(long readingId, String reason, String by) {
        seat.require(Permission.ENTER_RECORDS);
        corrections().withdraw(readingId, reason, by);
        changes.publish(Change.READINGS);
    }

    public TrafficRecord correctTraffic(long reportId, TrafficReport corrected, String reason, String by) {
        seat.require(Permission.ENTER_RECORDS);
        TrafficRecord saved = corrections().correctTraffic(reportId, corrected, reason, by);
        changes.publish(Change.READINGS);
        return saved;
    }

    public void withdrawTraffic(long reportId, String reason, String by) {
        seat.require(Permission.ENTER_RECORDS);
        corrections().withdrawTraffic(reportId, reason, by);
        changes.publish(Change.READINGS);
    }

    public void correctMean(LocalDate day, Double valueC, String reason, String by) {
        seat.require(Permission.ENTER_RECORDS);
        corrections().correctMean(day, valueC, reason, by);
        changes.publish(Change.READINGS);
    }

    /**
     * Many readings at once (a station file), all kept or none; once committed they are announced
     * as a typed reading is, so every screen and the situation update by themselves.
     */
    public <T> T importBatch(java.util.function.Function<ReadingBatch, T> work) {
        if (batches == null) {
            throw new IllegalStateException("this reading service takes single readings only");
        }
        seat.require(Permission.ENTER_RECORDS);
        T result = batches.inOneTransaction(work);
        changes.publish(Change.READINGS);
        return result;
    }

    private ReadingCorrections corrections() {
        if (corrections == null) {
            throw new IllegalStateException("this reading service takes new readings only");
        }
        return corrections;
    }
}
