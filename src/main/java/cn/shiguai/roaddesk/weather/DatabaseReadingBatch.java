package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One batch on the store's open transaction; valid only inside {@link DatabaseReadingStore#inOneTransaction}.
 * A station file asks what stands at each of its (point, time) pairs: twenty points share each
 * time, so the readings of a moment are read once and the points' names once (a 10,000-row
 * file made 10,000 range queries and 10,000 name look-ups). What the batch itself wrote at a
 * pair is asked of the store again, so the answer is always what the transaction sees.
 */
final class DatabaseReadingBatch implements ReadingBatch {
    private final java.util.Map<LocalDateTime, List<Reading>> atMoment = new java.util.HashMap<>();
    private final java.util.Map<String, Location> points = new java.util.HashMap<>();
    private final java.util.Set<String> written = new java.util.HashSet<>();
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
        return sql(() -> {
            if (written.contains(pair(location, time))) {
                return store.standingAt(txn, location, time);
            }
            Location point = points.get(location);
            if (point == null) {
                // Only a name found is kept: a point this batch registers is looked up again.
                point = store.resolve(txn, location).orElse(null);
                if (point == null) {
                    return List.of();
                }
                points.put(location, point);
            }
            List<Reading> at = atMoment.get(time);
            if (at == null) {
                at = store.observedAt(txn, time);
                atMoment.put(time, at);
            }
            return store.standingAmong(at, point.name());
        });
    }

    @Override
    public ReadingRecord save(ReadingDraft draft, String by, ReadingOrigin origin) {
        written.add(pair(draft.observation().location(), draft.observation().time()));
        // Not logged one by one: the batch's caller logs the file once, linking every reading.
        String name = draft.observation().location();
        return sql(() -> {
            Location known = points.containsKey(name) ? points.get(name) : store.resolve(txn, name).orElse(null);
            return store.save(txn, draft, by, origin, false, known);
        });
    }

    @Override
    public ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by,
                                 ReadingOrigin origin) {
        written.add(pair(corrected.observation().location(), corrected.observation().time()));
        return sql(() -> store.correct(txn, readingId, corrected, reason, by, origin));
    }

    private static String pair(String location, LocalDateTime time) {
        return location + "\u0000" + time;
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
