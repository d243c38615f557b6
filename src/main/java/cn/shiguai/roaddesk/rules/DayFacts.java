package cn.shiguai.roaddesk.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the readings of day D establish, taken at the worst monitoring point (domain §3.3
 * item 3), computed once and shared by the clauses of all four levels.
 */
final class DayFacts {
    final Quantity snowDepth;
    final Quantity iceThickness;
    final Quantity accretion;
    final Optional<Evidence> freezingPresent;
    final boolean freezingReported;
    final Optional<Evidence> roadIcingPresent;
    final boolean roadIcingReported;
    final SnowRun snowRun;
    final MeanTemperature meanTemperature;

    DayFacts(EvaluationInput input, int persistentDays) {
        LocalDate day = input.date();
        List<Observation> upToDay = input.observations().stream()
                .filter(o -> !o.time().toLocalDate().isAfter(day)).toList();
        List<Observation> ofDay = upToDay.stream().filter(o -> o.time().toLocalDate().equals(day)).toList();

        snowDepth = Quantity.of(ofDay, Observation::snowDepthCm, o -> false, o -> false);
        iceThickness = Quantity.of(ofDay, Observation::roadIceThicknessCm,
                Observation::roadIcingReported, Observation::roadIcingPresent);
        accretion = Quantity.of(ofDay, o -> o.freezingPresent() ? o.accretionDiameterMm() : null,
                Observation::freezingReported, Observation::freezingPresent);
        freezingPresent = ofDay.stream().filter(Observation::freezingPresent)
                .map(o -> Evidence.of(o.accretionDiameterMm(), o)).findFirst();
        freezingReported = ofDay.stream().anyMatch(Observation::freezingReported);
        roadIcingPresent = ofDay.stream().filter(Observation::roadIcingPresent)
                .map(o -> new Evidence(o.roadIceThicknessCm(), o.location(), o.time(), null, null)).findFirst();
        roadIcingReported = ofDay.stream().anyMatch(Observation::roadIcingReported);
        snowRun = SnowRun.find(upToDay, day, persistentDays);
        meanTemperature = mean(input.enteredDailyMeanTempC(), ofDay);
    }

    private static MeanTemperature mean(Double entered, List<Observation> ofDay) {
        if (entered != null) {
            return new MeanTemperature(MeanTemperature.Source.ENTERED, BigDecimal.valueOf(entered), 0);
        }
        List<BigDecimal> temps = ofDay.stream().filter(o -> o.airTempC() != null)
                .map(o -> BigDecimal.valueOf(o.airTempC())).toList();
        if (temps.isEmpty()) {
            return MeanTemperature.unknown();
        }
        // Decimal arithmetic: a mean of exactly 0.0 must compare as 0, not as 5.5e-17.
        BigDecimal sum = temps.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(temps.size()), java.math.MathContext.DECIMAL128);
        return new MeanTemperature(MeanTemperature.Source.COMPUTED, mean, temps.size());
    }

    /**
     * Persistent snow at one location: the largest depth of each of the last N calendar days,
     * all present (a day without a reading breaks the run). The run's depth is the smallest of
     * those daily maxima; the best run is the deepest over all locations.
     *
     * @param anySnowReading whether any snow depth was read in the window at all
     */
    record SnowRun(Evidence best, boolean anySnowReading) {

        static SnowRun find(List<Observation> upToDay, LocalDate day, int days) {
            LocalDate first = day.minusDays(days - 1L);
            Map<String, TreeMap<LocalDate, Observation>> deepestPerDay = new TreeMap<>();
            for (Observation o : upToDay) {
                LocalDate date = o.time().toLocalDate();
                if (o.snowDepthCm() == null || date.isBefore(first)) {
                    continue;
                }
                deepestPerDay.computeIfAbsent(o.location(), k -> new TreeMap<>())
                        .merge(date, o, (a, b) -> Quantity.WORST_FIRST.compare(
                                Evidence.of(a.snowDepthCm(), a), Evidence.of(b.snowDepthCm(), b)) <= 0 ? a : b);
            }
            Evidence best = null;
            for (TreeMap<LocalDate, Observation> perDay : deepestPerDay.values()) {
                if (perDay.size() < days) {
                    continue;
                }
                List<Double> maxima = new ArrayList<>();
                perDay.values().forEach(o -> maxima.add(o.snowDepthCm()));
                double runDepth = maxima.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                Observation today = perDay.get(day);
                Evidence candidate = new Evidence(runDepth, today.location(), today.time(), null, maxima);
                if (best == null || Quantity.WORST_FIRST.compare(candidate, best) < 0) {
                    best = candidate;
                }
            }
            return new SnowRun(best, !deepestPerDay.isEmpty());
        }
    }
}
