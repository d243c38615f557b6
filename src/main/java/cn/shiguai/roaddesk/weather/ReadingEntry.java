package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import java.time.Instant;
import java.util.Objects;

/**
 * Every field of the readings form. Measured fields are null when not measured.
 *
 * @param replacesId a mistyped reading this one replaces (it stays on record), or null
 */
public record ReadingEntry(long locationId, Instant observedAt, ReadingSource source, String sourceRef,
                           String enteredBy, Double snowDepthCm, Double roadIceThicknessCm, Boolean roadIcing,
                           FreezingPhenomenon freezingPhenomenon, Double accretionDiameterMm, Double airTempC,
                           String note, Long replacesId) {

    public ReadingEntry {
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }

    /** A manual reading with nothing measured yet; add values with the withers. */
    public static ReadingEntry manual(long locationId, Instant observedAt, String enteredBy) {
        return new ReadingEntry(locationId, observedAt, ReadingSource.MANUAL, null, enteredBy, null, null, null, null,
                null, null, null, null);
    }

    public ReadingEntry snowDepthCm(Double v) {
        return new ReadingEntry(locationId, observedAt, source, sourceRef, enteredBy, v, roadIceThicknessCm, roadIcing,
                freezingPhenomenon, accretionDiameterMm, airTempC, note, replacesId);
    }

    public ReadingEntry roadIce(Double thicknessCm, Boolean icing) {
        return new ReadingEntry(locationId, observedAt, source, sourceRef, enteredBy, snowDepthCm, thicknessCm, icing,
                freezingPhenomenon, accretionDiameterMm, airTempC, note, replacesId);
    }

    public ReadingEntry freezing(FreezingPhenomenon phenomenon, Double diameterMm) {
        return new ReadingEntry(locationId, observedAt, source, sourceRef, enteredBy, snowDepthCm, roadIceThicknessCm,
                roadIcing, phenomenon, diameterMm, airTempC, note, replacesId);
    }

    public ReadingEntry airTempC(Double v) {
        return new ReadingEntry(locationId, observedAt, source, sourceRef, enteredBy, snowDepthCm, roadIceThicknessCm,
                roadIcing, freezingPhenomenon, accretionDiameterMm, v, note, replacesId);
    }

    /** Where it came from other than the form: a station file, a feed; {@code ref} names the file or feed. */
    public ReadingEntry from(ReadingSource from, String ref) {
        return new ReadingEntry(locationId, observedAt, from, ref, enteredBy, snowDepthCm, roadIceThicknessCm,
                roadIcing, freezingPhenomenon, accretionDiameterMm, airTempC, note, replacesId);
    }

    public ReadingEntry replacing(long readingId, String why) {
        return new ReadingEntry(locationId, observedAt, source, sourceRef, enteredBy, snowDepthCm, roadIceThicknessCm,
                roadIcing, freezingPhenomenon, accretionDiameterMm, airTempC, why, readingId);
    }
}
