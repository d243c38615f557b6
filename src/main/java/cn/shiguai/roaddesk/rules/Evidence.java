package cn.shiguai.roaddesk.rules;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The reading that decides a clause: its value, where and when it was observed.
 *
 * @param value the deciding value, or null when the clause is about occurrence only
 * @param time null for a scenario's overall traffic figure, which has no time
 * @param phenomenon the freezing phenomenon reported, when the clause is about one
 * @param dailyMaxima for persistent snow: the largest depth of each day of the run, oldest first
 */
public record Evidence(Double value, String location, LocalDateTime time,
                       FreezingPhenomenon phenomenon, List<Double> dailyMaxima) {

    public Evidence {
        dailyMaxima = dailyMaxima == null ? List.of() : List.copyOf(dailyMaxima);
    }

    public static Evidence of(Double value, Observation o) {
        return new Evidence(value, o.location(), o.time(), o.freezingPhenomenon(), null);
    }

    public static Evidence none() {
        return new Evidence(null, null, null, null, null);
    }

    public boolean hasValue() {
        return value != null;
    }
}
