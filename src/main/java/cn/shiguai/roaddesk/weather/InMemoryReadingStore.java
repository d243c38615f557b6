package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readings of one session held in memory: for tests, and for trying the rules without a database. */
public final class InMemoryReadingStore implements ReadingStore {
    private final Clock clock;
    private final List<ReadingRecord> records = new ArrayList<>();

    public InMemoryReadingStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ReadingRecord save(ReadingDraft draft, String enteredBy) {
        ReadingRecord record = new ReadingRecord(records.size() + 1L, draft, enteredBy, clock.instant());
        records.add(record);
        return record;
    }

    @Override
    public synchronized EvaluationInput inputFor(LocalDate day) {
        List<Observation> observations = records.stream().map(r -> r.draft().observation()).toList();
        Double mean = null;
        // The latest traffic report of day D per road; the latest entered mean of day D.
        Map<String, TrafficReport> traffic = new LinkedHashMap<>();
        for (ReadingRecord r : records) {
            boolean ofDay = r.draft().observation().time().toLocalDate().equals(day);
            if (ofDay && r.draft().dailyMeanTempC() != null) {
                mean = r.draft().dailyMeanTempC();
            }
            TrafficReport t = r.draft().traffic();
            if (ofDay && t != null) {
                traffic.merge(t.road(), t, (a, b) -> b.time().isBefore(a.time()) ? a : b);
            }
        }
        return new EvaluationInput(day, mean, observations, List.copyOf(traffic.values()));
    }

    @Override
    public synchronized List<ReadingRecord> recent(int limit) {
        return records.stream().sorted(Comparator.comparingLong(ReadingRecord::id).reversed()).limit(limit).toList();
    }
}
