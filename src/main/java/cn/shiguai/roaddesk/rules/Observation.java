package cn.shiguai.roaddesk.rules;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One reading at one monitoring location of the district. Every measured field may be
 * {@code null}, meaning "not measured" — which the engine treats differently from zero.
 *
 * @param time local date-time in the rule set's time zone (Asia/Shanghai)
 */
public record Observation(
        String location,
        LocalDateTime time,
        Double snowDepthCm,
        Double roadIceThicknessCm,
        Boolean roadIcing,
        FreezingPhenomenon freezingPhenomenon,
        Double accretionDiameterMm,
        Double airTempC) {

    public Observation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(time, "time");
    }

    /** Domain §3.3 item 6: present when reported, or when an accretion diameter > 0 is reported. */
    public boolean freezingPresent() {
        return (freezingPhenomenon != null && freezingPhenomenon.isPresent())
                || (accretionDiameterMm != null && accretionDiameterMm > 0);
    }

    /** Whether the reading says anything at all about freezing phenomena. */
    public boolean freezingReported() {
        return freezingPhenomenon != null || accretionDiameterMm != null;
    }

    /** Domain §3.3 item 6: road icing is present when reported, or when a thickness > 0 is reported. */
    public boolean roadIcingPresent() {
        return Boolean.TRUE.equals(roadIcing) || (roadIceThicknessCm != null && roadIceThicknessCm > 0);
    }

    public boolean roadIcingReported() {
        return roadIcing != null || roadIceThicknessCm != null;
    }

    /** Whether the reading says anything at all; a traffic report alone comes with an empty one. */
    public boolean hasAnyMeasurement() {
        return snowDepthCm != null || roadIceThicknessCm != null || roadIcing != null || freezingPhenomenon != null
                || accretionDiameterMm != null || airTempC != null;
    }

    public static Builder at(String location, LocalDateTime time) {
        return new Builder(location, time);
    }

    /** Readable construction for tests and converters: most readings carry two or three fields. */
    public static final class Builder {
        private final String location;
        private final LocalDateTime time;
        private Double snowDepthCm;
        private Double roadIceThicknessCm;
        private Boolean roadIcing;
        private FreezingPhenomenon freezingPhenomenon;
        private Double accretionDiameterMm;
        private Double airTempC;

        private Builder(String location, LocalDateTime time) {
            this.location = location;
            this.time = time;
        }

        public Builder snowDepthCm(Double value) { snowDepthCm = value; return this; }
        public Builder roadIceThicknessCm(Double value) { roadIceThicknessCm = value; return this; }
        public Builder roadIcing(Boolean value) { roadIcing = value; return this; }
        public Builder freezing(FreezingPhenomenon value) { freezingPhenomenon = value; return this; }
        public Builder accretionDiameterMm(Double value) { accretionDiameterMm = value; return this; }
        public Builder airTempC(Double value) { airTempC = value; return this; }

        public Observation build() {
            return new Observation(location, time, snowDepthCm, roadIceThicknessCm, roadIcing,
                    freezingPhenomenon, accretionDiameterMm, airTempC);
        }
    }
}
