package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readings held in memory: for view-model tests and screenshots without a database. */
public final class InMemoryReadingStore implements ReadingStore {
    private static final Comparator<ReadingRecord> NEWEST_FIRST =
            Comparator.comparing((ReadingRecord r) -> r.draft().observation().time()).reversed()
                    .thenComparing(Comparator.comparingLong(ReadingRecord::id).reversed());

    private final Clock clock;
    private final List<ReadingRecord> records = new ArrayList<>();
    private final List<TrafficRecord> traffic = new ArrayList<>();

    public InMemoryReadingStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ReadingRecord save(ReadingDraft draft, String enteredBy) {
        ReadingRecord record = new ReadingRecord(records.size() + 1L, draft, enteredBy, clock.instant());
        if (draft.hasReading() || draft.dailyMeanTempC() != null) {
            records.add(record);
        }
        if (draft.traffic() != null) {
            traffic.add(new TrafficRecord(traffic.size() + 1L, draft.traffic(), enteredBy, clock.instant()));
        }
        return record;
    }

    @Override
    public synchronized EvaluationInput inputFor(LocalDate day) {
        List<Observation> observations = records.stream().filter(r -> !r.neighbouring() && r.draft().hasReading())
                .map(r -> r.draft().observation()).toList();
        Double mean = null;
        for (ReadingRecord r : records) {
            if (r.draft().observation().time().toLocalDate().equals(day) && r.draft().dailyMeanTempC() != null) {
                mean = r.draft().dailyMeanTempC();
            }
        }
        // The latest traffic report of day D per road.
        Map<String, TrafficReport> latestPerRoad = new LinkedHashMap<>();
        for (TrafficRecord t : traffic) {
            if (t.report().time().toLocalDate().equals(day)) {
                latestPerRoad.merge(t.report().road(), t.report(), (a, b) -> b.time().isBefore(a.time()) ? a : b);
            }
        }
        return new EvaluationInput(day, mean, observations, List.copyOf(latestPerRoad.values()));
    }

    @Override
    public synchronized List<ReadingRecord> recent(int limit) {
        return records.stream().filter(r -> r.draft().hasReading()).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized List<LatestReading> latest() {
        Map<String, LatestReading> latest = new LinkedHashMap<>();
        records.stream().filter(r -> r.draft().hasReading()).sorted(NEWEST_FIRST.reversed()).forEach(r -> latest.put(r.draft().observation().location(),
                new LatestReading(r.draft().observation().location(), r.draft().kind(), r)));
        return latest.values().stream().sorted(Comparator.comparing(LatestReading::location)).toList();
    }

    @Override
    public synchronized List<Observation> history(String location, LocalDateTime from, LocalDateTime to) {
        return records.stream().filter(r -> r.draft().hasReading()).map(r -> r.draft().observation())
                .filter(o -> o.location().equals(location) && !o.time().isBefore(from) && !o.time().isAfter(to))
                .sorted(Comparator.comparing(Observation::time)).toList();
    }

    @Override
    public synchronized List<TrafficRecord> recentTraffic(int limit) {
        return traffic.stream().sorted(Comparator.comparing((TrafficRecord t) -> t.report().time()).reversed())
                .limit(limit).toList();
    }
}
