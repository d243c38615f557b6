package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds the engine's input for day D from what is stored: the district's own readings only
 * (neighbours' are never used by the rules, domain §3.3 item 8), readings that were replaced
 * left out, times converted to the district's local time; the day's entered mean if one is in
 * force; and for traffic, the latest report of each road observed on day D.
 */
public final class StoredEvaluationInput {
    private final ReadingRepository readings;
    private final DailyMeanRepository means;
    private final TrafficReportRepository traffic;
    private final ZoneId zone;

    public StoredEvaluationInput(ReadingRepository readings, DailyMeanRepository means,
                                 TrafficReportRepository traffic, ZoneId zone) {
        this.readings = readings;
        this.means = means;
        this.traffic = traffic;
        this.zone = zone;
    }

    /** @param daysBack how many earlier days the persistent-snow clause looks at (the rule set's days - 1) */
    public EvaluationInput forDay(LocalDate day, int daysBack) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = day.minusDays(daysBack).atStartOfDay(zone).toInstant();
        List<Observation> observations = readings.observedBetween(from, end).stream()
                .filter(r -> r.locationKind() == LocationKind.DISTRICT && !r.isReplaced())
                .map(r -> observation(r, zone))
                .toList();
        Double mean = means.effective(day).map(DailyMean::valueC).orElse(null);
        List<cn.shiguai.roaddesk.rules.TrafficReport> roads = traffic
                .latestPerRoad(day.atStartOfDay(zone).toInstant(), end).stream()
                .map(t -> new cn.shiguai.roaddesk.rules.TrafficReport(t.road(), local(t.observedAt()), t.cutHours(),
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

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
