package cn.shiguai.roaddesk.rules;

import java.math.BigDecimal;

/**
 * The daily mean air temperature of day D and where it came from (domain §3.3 item 5).
 *
 * @param exact the mean without rounding, for comparisons; null when unknown
 * @param readingCount how many air-temperature readings made a computed mean
 */
public record MeanTemperature(Source source, BigDecimal exact, int readingCount) {

    public enum Source { ENTERED, COMPUTED, UNKNOWN }

    public static MeanTemperature unknown() {
        return new MeanTemperature(Source.UNKNOWN, null, 0);
    }

    public boolean known() {
        return exact != null;
    }

    /** For display: two decimals, more when rounding would hide which side of 0 it lies. */
    public Double displayValue() {
        if (exact == null) {
            return null;
        }
        BigDecimal rounded = exact.setScale(2, java.math.RoundingMode.HALF_UP);
        if (rounded.signum() != exact.signum()) {
            rounded = exact.setScale(6, java.math.RoundingMode.HALF_UP);
        }
        return rounded.doubleValue();
    }
}
