package cn.shiguai.roaddesk.rules;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The worst value of one measured quantity over a day's readings, and whether some reading
 * reported the phenomenon without its size — then a threshold not met by the sized readings
 * is unknown rather than not met.
 */
final class Quantity {
    /** Largest value first; ties go to the earliest reading, then the location name, so results are repeatable. */
    static final Comparator<Evidence> WORST_FIRST = Comparator.comparing(Evidence::value, Comparator.reverseOrder())
            .thenComparing(Evidence::time)
            .thenComparing(Evidence::location);

    private Evidence worst;
    private boolean presentWithoutSize;

    void offer(Evidence candidate) {
        if (worst == null || WORST_FIRST.compare(candidate, worst) < 0) {
            worst = candidate;
        }
    }

    void markPresentWithoutSize() {
        presentWithoutSize = true;
    }

    Evidence worst() {
        return worst == null ? Evidence.none() : worst;
    }

    Truth against(Threshold threshold) {
        if (worst != null && threshold.holdsFor(worst.value())) {
            return Truth.MET;
        }
        if (presentWithoutSize || worst == null) {
            return Truth.UNKNOWN;
        }
        return Truth.NOT_MET;
    }

    /**
     * Collects a quantity where a reading may also state that the phenomenon is absent (then its
     * size is 0) or present without a size.
     */
    static Quantity of(Iterable<Observation> readings, Function<Observation, Double> size,
                       Function<Observation, Boolean> reported, Function<Observation, Boolean> present) {
        Quantity q = new Quantity();
        for (Observation o : readings) {
            Double value = size.apply(o);
            if (value != null) {
                q.offer(Evidence.of(value, o));
            } else if (present.apply(o)) {
                q.markPresentWithoutSize();
            } else if (reported.apply(o)) {
                q.offer(Evidence.of(0.0, o));
            }
        }
        return q;
    }
}
