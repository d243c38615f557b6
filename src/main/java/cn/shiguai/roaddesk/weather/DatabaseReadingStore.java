package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readings form's submissions kept in the database: the location (registered on first
 * use), the reading, the entered daily mean and the traffic report, all with their duty-log
 * entries in one transaction — so a failed write leaves no part of it behind.
 */
public final class DatabaseReadingStore implements ReadingStore {
    private final Database database;
    private final LocationRepository locations;
    private final ReadingRepository readings;
    private final DailyMeanRepository means;
    private final TrafficReportRepository traffic;
    private final StoredEvaluationInput input;
    private final RuleSet rules;

    public DatabaseReadingStore(Database database, LocationRepository locations, ReadingRepository readings,
                                DailyMeanRepository means, TrafficReportRepository traffic, RuleSet rules) {
        this.database = database;
        this.locations = locations;
        this.readings = readings;
        this.means = means;
        this.traffic = traffic;
        this.rules = rules;
        this.input = new StoredEvaluationInput(database, rules.zone(), rules.persistentSnowDays() - 1);
    }

    @Override
    public ReadingRecord save(ReadingDraft draft, String enteredBy) {
        Observation o = draft.observation();
        Instant observed = instant(o.time());
        return database.write(txn -> {
            // A traffic report names a road, not a monitoring point: only a reading registers the point.
            Location location = locations.byName(txn, o.location()).orElse(null);
            if (location == null && draft.hasReading()) {
                location = locations.add(txn, o.location(), draft.kind(), null, null, enteredBy);
            } else if (location != null && location.kind() != draft.kind()) {
                // A point is either the district's or a neighbour's: a reading cannot move it across.
                throw new LocalizedException("readings.kindMismatch", location.name(),
                        new Messages.Key("location.kind." + location.kind().name()));
            }
            Reading stored = null;
            if (draft.hasReading()) {
                stored = readings.add(txn, ReadingEntry.manual(location.id(), observed, enteredBy)
                        .snowDepthCm(o.snowDepthCm())
                        .roadIce(o.roadIceThicknessCm(), o.roadIcing())
                        .freezing(o.freezingPhenomenon(), o.accretionDiameterMm())
                        .airTempC(o.airTempC()));
            }
            if (draft.dailyMeanTempC() != null) {
                means.enter(txn, o.time().toLocalDate(), draft.dailyMeanTempC(), enteredBy, null);
            }
            if (draft.traffic() != null) {
                var t = draft.traffic();
                traffic.add(txn, TrafficEntry.draft(t.road(), instant(t.time()), t.cutHours(), t.queueKm(),
                        t.interruptionLikely(), enteredBy));
            }
            return new ReadingRecord(stored == null ? 0 : stored.id(), draft, enteredBy,
                    stored == null ? database.now() : stored.recordedAt());
        });
    }

    @Override
    public EvaluationInput inputFor(LocalDate day) {
        return input.forDay(day);
    }

    /** What the engine weighs for a day, also readable inside another feature's transaction. */
    public StoredEvaluationInput inputs() {
        return input;
    }

    @Override
    public List<ReadingRecord> recent(int limit) {
        return readings.recent(limit).stream().map(this::record).toList();
    }

    @Override
    public List<LatestReading> latest() {
        Map<String, Reading> latest = readings.latestPerLocation().stream()
                .collect(Collectors.toMap(Reading::locationName, Function.identity()));
        return locations.all().stream()
                .map(l -> new LatestReading(l.name(), l.kind(), latest.containsKey(l.name()) ? record(latest.get(l.name())) : null))
                .sorted(java.util.Comparator.comparing(LatestReading::location))
                .toList();
    }

    @Override
    public List<Observation> history(String location, LocalDateTime from, LocalDateTime to) {
        return readings.observedBetween(instant(from), instant(to).plusNanos(1_000)).stream()
                .filter(r -> r.locationName().equals(location) && !r.isReplaced())
                .map(r -> observation(r))
                .toList();
    }

    @Override
    public List<TrafficRecord> recentTraffic(int limit) {
        return traffic.recent(limit).stream().map(t -> new TrafficRecord(t.id(),
                new cn.shiguai.roaddesk.rules.TrafficReport(t.road(), local(t.observedAt()), t.cutHours(), t.queueKm(),
                        t.interruptionLikely()), t.enteredBy(), t.recordedAt())).toList();
    }

    private ReadingRecord record(Reading r) {
        return new ReadingRecord(r.id(), new ReadingDraft(observation(r), r.locationKind(), null, null),
                r.values().enteredBy(), r.recordedAt());
    }

    private Observation observation(Reading r) {
        return StoredEvaluationInput.observation(r, zone());
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    private ZoneId zone() {
        return rules.zone();
    }
}
