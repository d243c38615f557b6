package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds the engine's input for day D from what is stored: the district's own readings only
 * (neighbours' are never used by the rules, domain §3.3 item 8), readings that were replaced or
 * withdrawn left out, a merged point's readings counted as the point it was merged into, times converted to the district's local time; the day's entered mean if one is in
 * force; and for traffic, the latest report of each road observed on day D. The three are read
 * on one connection, so they are one consistent view of the store; a decision reads them inside
 * its own transaction.
 */
public final class StoredEvaluationInput {
    private final Database database;
    private final ZoneId zone;
    private final int daysBack;

    /** @param daysBack how many earlier days the persistent-snow clause looks at (the rule set's days - 1) */
    public StoredEvaluationInput(Database database, ZoneId zone, int daysBack) {
        this.database = database;
        this.zone = zone;
        this.daysBack = daysBack;
    }

    public EvaluationInput forDay(LocalDate day) {
        return database.read(c -> forDay(c, day));
    }

    public EvaluationInput forDay(Connection c, LocalDate day) throws SQLException {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = day.minusDays(daysBack).atStartOfDay(zone).toInstant();
        List<Observation> observations = ReadingRepository.observedBetween(c, from, end).stream()
                .filter(r -> r.locationKind() == LocationKind.DISTRICT && r.stands())
                .map(r -> observation(r, zone))
                .toList();
        Double mean = DailyMeanRepository.effective(c, day).map(DailyMean::valueC).orElse(null);
        List<TrafficReport> roads = TrafficReportRepository.latestPerRoad(c, day.atStartOfDay(zone).toInstant(), end)
                .stream()
                .map(t -> new TrafficReport(t.road(), LocalDateTime.ofInstant(t.observedAt(), zone), t.cutHours(),
                        t.queueKm(), t.interruptionLikely()))
                .toList();
        return new EvaluationInput(day, mean, observations, roads);
    }

    /** A stored reading as the engine reads it: at the location, in the district's local time. */
    static Observation observation(Reading r, ZoneId zone) {
        ReadingEntry v = r.values();
        return Observation.at(r.locationName(), LocalDateTime.ofInstant(v.observedAt(), zone))
                .snowDepthCm(v.snowDepthCm())
                .roadIceThicknessCm(v.roadIceThicknessCm())
                .roadIcing(v.roadIcing())
                .freezing(v.freezingPhenomenon())
                .accretionDiameterMm(v.accretionDiameterMm())
                .airTempC(v.airTempC())
                .build();
    }
}
