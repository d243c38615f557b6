package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
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
public final class DatabaseReadingStore implements ReadingStore, ReadingCorrections, ReadingBatch.Runner {
    private final Database database;
    private final DutyLog log;
    private final LocationRepository locations;
    private final ReadingRepository readings;
    private final DailyMeanRepository means;
    private final TrafficReportRepository traffic;
    private final StoredEvaluationInput input;
    private final RuleSet rules;
    private final RecordWithdrawals withdrawals;

    public DatabaseReadingStore(Database database, DutyLog log, LocationRepository locations,
                                ReadingRepository readings, DailyMeanRepository means,
                                TrafficReportRepository traffic, RuleSet rules) {
        this.database = database;
        this.log = log;
        this.locations = locations;
        this.readings = readings;
        this.means = means;
        this.traffic = traffic;
        this.rules = rules;
        this.withdrawals = new RecordWithdrawals(database);
        this.input = new StoredEvaluationInput(database, rules.zone(), rules.persistentSnowDays() - 1);
    }

    @Override
    public ReadingRecord save(ReadingDraft draft, String enteredBy) {
        return database.write(txn -> save(txn, draft, enteredBy, ReadingOrigin.FORM));
    }

    /** A submission kept inside the caller's transaction, e.g. one row of a station file. */
    ReadingRecord save(java.sql.Connection txn, ReadingDraft draft, String enteredBy, ReadingOrigin origin)
            throws java.sql.SQLException {
        return save(txn, draft, enteredBy, origin, true);
    }

    /** The same, with the reading's own log entry left to the caller when {@code logged} is false. */
    ReadingRecord save(java.sql.Connection txn, ReadingDraft draft, String enteredBy, ReadingOrigin origin,
                       boolean logged) throws java.sql.SQLException {
        return save(txn, draft, enteredBy, origin, logged, locations.resolve(txn, draft.observation().location())
                .orElse(null));
    }

    /** The same at a point already resolved in this transaction (null: not known yet). */
    ReadingRecord save(java.sql.Connection txn, ReadingDraft draft, String enteredBy, ReadingOrigin origin,
                       boolean logged, Location resolved) throws java.sql.SQLException {
        Observation o = draft.observation();
        // A traffic report names a road, not a monitoring point: only a reading registers the point.
        Location location = resolved;
        if (location != null && location.retiredAt() != null && draft.hasReading()) {
            throw new LocalizedException("points.problem.retired", location.name());
        }
        if (location == null && draft.hasReading()) {
            location = locations.add(txn, o.location(), draft.kind(), null, null, enteredBy);
        } else if (location != null && location.kind() != draft.kind()) {
            // A point is either the district's or a neighbour's: a reading cannot move it across.
            throw new LocalizedException("readings.kindMismatch", location.name(),
                    new Messages.Key("location.kind." + location.kind().name()));
        }
        ReadingRepository.Inserted stored = null;
        if (draft.hasReading()) {
            ReadingEntry row = entry(location.id(), o, enteredBy).from(origin.source(), origin.ref());
            if (logged) {
                Reading added = readings.add(txn, row, true);
                stored = new ReadingRepository.Inserted(added.id(), added.recordedAt());
            } else {
                stored = readings.insert(txn, row, database.now());
            }
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
    }

    @Override
    public ReadingRecord correct(long readingId, ReadingDraft corrected, String reason, String by) {
        return database.write(txn -> correct(txn, readingId, corrected, reason, by, ReadingOrigin.FORM));
    }

    /** A correction inside the caller's transaction; {@code origin} says where the new values came from. */
    ReadingRecord correct(java.sql.Connection txn, long readingId, ReadingDraft corrected, String reason, String by,
                          ReadingOrigin origin) throws java.sql.SQLException {
        String why = RecordWithdrawals.requireReason(reason);
        Observation o = corrected.observation();
        Reading original = standing(txn, readingId);
        Location location = locations.resolve(txn, o.location()).orElse(null);
        if (location == null) {
            location = locations.add(txn, o.location(), original.locationKind(), null, null, by);
        }
        return record(readings.add(txn, entry(location.id(), o, by).from(origin.source(), origin.ref())
                .replacing(original.id(), why)));
    }

    /** The readings standing at a point at one time, newest first: what a file's row would repeat or correct. */
    List<ReadingRecord> standingAt(java.sql.Connection c, String location, LocalDateTime time)
            throws java.sql.SQLException {
        Location point = locations.resolve(c, location).orElse(null);
        return point == null ? List.of() : standingAmong(observedAt(c, time), point.name());
    }

    /** Every reading observed at one moment, of every point, replaced ones included. */
    List<Reading> observedAt(java.sql.Connection c, LocalDateTime time) throws java.sql.SQLException {
        Instant at = instant(time);
        return ReadingRepository.observedBetween(c, at, at.plusNanos(1_000));
    }

    /** The point a name stands for now (its own, an alias, or the point it was merged into). */
    java.util.Optional<Location> resolve(java.sql.Connection c, String name) throws java.sql.SQLException {
        return locations.resolve(c, name);
    }

    /** Of readings observed at one moment, those standing at the point, newest first. */
    List<ReadingRecord> standingAmong(List<Reading> atOneMoment, String pointName) {
        return atOneMoment.stream()
                .filter(r -> r.locationName().equals(pointName) && r.stands())
                .sorted(java.util.Comparator.comparingLong(Reading::id).reversed())
                .map(this::record)
                .toList();
    }

    @Override
    public <T> T inOneTransaction(java.util.function.Function<ReadingBatch, T> work) {
        return database.write(txn -> {
            try {
                return work.apply(new DatabaseReadingBatch(this, txn, log, means));
            } catch (DatabaseReadingBatch.Failed e) {
                throw e.getCause(); // the store's failure, reported as any write's is
            }
        });
    }

    private ReadingEntry entry(long locationId, Observation o, String by) {
        return ReadingEntry.manual(locationId, instant(o.time()), by)
                .snowDepthCm(o.snowDepthCm())
                .roadIce(o.roadIceThicknessCm(), o.roadIcing())
                .freezing(o.freezingPhenomenon(), o.accretionDiameterMm())
                .airTempC(o.airTempC());
    }

    @Override
    public void withdraw(long readingId, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        database.write(txn -> {
            Reading original = standing(txn, readingId);
            long id = withdrawals.withdraw(txn, RecordWithdrawals.READING, readingId, why, by);
            return log.append(txn, LogDraft.of(by, LogCategory.READING, RecordLanguage.text("log.text.readingWithdrawn",
                            String.valueOf(readingId), original.locationName(), ReadingSummary.of(original.values()),
                            RecordLanguage.time(original.values().observedAt()), why))
                    .concerning(LinkType.READING, readingId).concerning(LinkType.WITHDRAWAL, id));
        });
    }

    @Override
    public TrafficRecord correctTraffic(long reportId, TrafficReport corrected, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        TrafficEntry stored = database.write(txn -> {
            standingTraffic(txn, reportId);
            return traffic.add(txn, TrafficEntry.draft(corrected.road(), instant(corrected.time()), corrected.cutHours(),
                    corrected.queueKm(), corrected.interruptionLikely(), by).replacing(reportId, why));
        });
        return trafficRecord(stored);
    }

    @Override
    public void withdrawTraffic(long reportId, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        database.write(txn -> {
            TrafficEntry original = standingTraffic(txn, reportId);
            long id = withdrawals.withdraw(txn, RecordWithdrawals.TRAFFIC, reportId, why, by);
            return log.append(txn, LogDraft.of(by, LogCategory.TRAFFIC, RecordLanguage.text("log.text.trafficWithdrawn",
                            String.valueOf(reportId), original.road(), RecordLanguage.time(original.observedAt()), why))
                    .concerning(LinkType.TRAFFIC, reportId).concerning(LinkType.WITHDRAWAL, id));
        });
    }

    @Override
    public void correctMean(LocalDate day, Double valueC, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        means.enter(day, valueC, by, why);
    }

    private static Reading standing(java.sql.Connection txn, long readingId) throws java.sql.SQLException {
        Reading original = ReadingRepository.get(txn, readingId)
                .orElseThrow(() -> new LocalizedException("correction.problem.noSuchReading", readingId));
        if (!original.stands()) {
            throw new LocalizedException("correction.problem.readingGone", readingId);
        }
        return original;
    }

    private static TrafficEntry standingTraffic(java.sql.Connection txn, long reportId) throws java.sql.SQLException {
        TrafficEntry original = TrafficReportRepository.byId(txn, reportId);
        if (original.state() != RecordState.STANDING) {
            throw new LocalizedException("correction.problem.trafficGone", reportId);
        }
        return original;
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
        // A point merged into another is listed under that one; its readings count there.
        return locations.all().stream().filter(l -> l.mergedInto() == null)
                .map(l -> new LatestReading(l.name(), l.kind(), latest.containsKey(l.name()) ? record(latest.get(l.name())) : null))
                .sorted(java.util.Comparator.comparing(LatestReading::location))
                .toList();
    }

    @Override
    public List<Observation> history(String location, LocalDateTime from, LocalDateTime to) {
        return readings.observedBetween(instant(from), instant(to).plusNanos(1_000)).stream()
                .filter(r -> r.locationName().equals(location) && r.stands())
                .map(r -> observation(r))
                .toList();
    }

    @Override
    public List<TrafficRecord> recentTraffic(int limit) {
        return traffic.recent(limit).stream().map(this::trafficRecord).toList();
    }

    private TrafficRecord trafficRecord(TrafficEntry t) {
        return new TrafficRecord(t.id(), new TrafficReport(t.road(), local(t.observedAt()), t.cutHours(), t.queueKm(),
                t.interruptionLikely()), t.enteredBy(), t.recordedAt(), t.state(),
                t.withdrawnReason() != null ? t.withdrawnReason() : t.note());
    }

    private ReadingRecord record(Reading r) {
        return new ReadingRecord(r.id(), new ReadingDraft(observation(r), r.locationKind(), null, null),
                r.values().enteredBy(), r.recordedAt(), r.state(),
                r.withdrawnReason() != null ? r.withdrawnReason() : r.values().note(), r.values().replacesId(),
                r.values().sourceRef());
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
