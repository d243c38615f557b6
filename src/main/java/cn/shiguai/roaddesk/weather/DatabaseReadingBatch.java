package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One batch on the store's open transaction; valid only inside {@link DatabaseReadingStore#inOneTransaction}. */
final class DatabaseReadingBatch implements ReadingBatch {
    private final DatabaseReadingStore store;
    private final Connection txn;
    private final DutyLog log;
    private final DailyMeanRepository means;

    DatabaseReadingBatch(DatabaseReadingStore store, Connection txn, DutyLog log, DailyMeanRepository means) {
        this.store = store;
        this.txn = txn;
        this.log = log;
        this.means = means;
    }

    @Override
    public List<ReadingRecord> standingAt(String location, LocalDateTime time) {
        return sql(() -> store.standingAt(txn, location, time));
    }

    @Override
    public ReadingRecord save(ReadingDraft draft, String by, ReadingOrigin origin) {
        // Not logged one by one: the batch's caller logs the file once, linking every reading.
        return sql(() -> store.save(txn, draft, by, origin, false));
    }

    @Override
    public ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by,
                                 ReadingOrigin origin) {
        return sql(() -> store.correct(txn, readingId, corrected, reason, by, origin));
    }

    @Override
    public Optional<Double> meanOf(LocalDate day) {
        return sql(() -> DailyMeanRepository.effective(txn, day).map(DailyMean::valueC));
    }

    @Override
    public void enterMean(LocalDate day, double valueC, String by, String note) {
        sql(() -> means.enter(txn, day, valueC, by, note));
    }

    @Override
    public long log(LogDraft entry) {
        return sql(() -> log.append(txn, entry));
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    /** Carries an SQL failure out of the batch's lambda, to be rethrown inside {@code Database.write}. */
    static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }
}
