package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.InputBounds;
import java.util.Optional;

/**
 * The checks a reading passes however it arrives — typed in the form or read from a station
 * file — beyond each field's bounds ({@link InputBounds}): values that contradict each other.
 * One place, so the form and an import can never accept different readings.
 */
public final class ReadingChecks {

    private ReadingChecks() {
    }

    /** "0–300 厘米": a field's accepted range as the form and the import reports name it. */
    public static String range(Messages messages, InputBounds b) {
        return messages.format("form.range", number(b.min()), number(b.max()), new Messages.Key("unit." + b.unit()));
    }

    /** Why a value outside its bounds is refused (the text key, with {@link #range} as its argument), or empty. */
    public static Optional<String> boundsProblem(InputBounds b, double value) {
        return b.accepts(value) ? Optional.empty() : Optional.of("form.problem.outOfRange");
    }

    /** A diameter reported with the phenomenon reported absent: the text key of the problem, or empty. */
    public static Optional<String> accretionConflict(Double diameterMm, FreezingPhenomenon phenomenon) {
        return diameterMm != null && diameterMm > 0 && phenomenon == FreezingPhenomenon.NONE
                ? Optional.of("form.problem.accretionWithoutPhenomenon") : Optional.empty();
    }

    /** A thickness reported with road icing reported absent: the text key of the problem, or empty. */
    public static Optional<String> iceConflict(Double thicknessCm, Boolean roadIcing) {
        return thicknessCm != null && thicknessCm > 0 && Boolean.FALSE.equals(roadIcing)
                ? Optional.of("form.problem.iceWithoutIcing") : Optional.empty();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
