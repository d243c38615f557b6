package cn.shiguai.roaddesk.measures;

import java.util.List;
import java.util.Optional;

/**
 * Where a unit stands with a measure, as it reported. Any status may follow any other: units
 * report by phone, a road cleared at noon may ice over again at night, and a wrong entry must
 * be correctable by a new update rather than by editing the old one. What the plan's
 * accountability needs is a written note where an update says something a leader must act on
 * or may question: a measure that cannot be done, and one taken back from done or started.
 */
public enum MeasureStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANNOT,
    /**
     * 撤销: owed only because of a decision recorded by mistake; closed with the reason when the
     * decision is corrected. Not a status a unit reports.
     */
    CANCELLED;

    /** The statuses a unit reports, in the order keys 1–4 choose them. */
    public static List<MeasureStatus> reportable() {
        return List.of(NOT_STARTED, IN_PROGRESS, DONE, CANNOT);
    }

    /** Bundle key of the label: 未开始, 进行中, 已完成, 无法完成. */
    public String labelKey() {
        return "measure.status." + name();
    }

    /**
     * Whether moving from {@code from} to {@code to} must carry a note.
     *
     * @param from the current status; a new assignment starts at {@link #NOT_STARTED}
     */
    public static boolean noteRequired(MeasureStatus from, MeasureStatus to) {
        return to == CANNOT || isStepBack(from, to);
    }

    /** The problem with an update, as a bundle key, or empty when it may be recorded. */
    public static Optional<String> problemWith(MeasureStatus from, MeasureStatus to, String note) {
        if (note != null && !note.isBlank()) {
            return Optional.empty();
        }
        if (to == CANNOT) {
            return Optional.of("measure.status.problem.noteForCannot");
        }
        if (isStepBack(from, to)) {
            return Optional.of("measure.status.problem.noteForStepBack");
        }
        return Optional.empty();
    }

    /** Done → in progress or not started, in progress → not started. CANNOT and CANCELLED are off this line. */
    private static boolean isStepBack(MeasureStatus from, MeasureStatus to) {
        return from != CANNOT && to != CANNOT && from != CANCELLED && to != CANCELLED
                && to.ordinal() < from.ordinal();
    }
}
