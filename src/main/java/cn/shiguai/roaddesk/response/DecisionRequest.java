package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision as entered in the dialog, before it is recorded.
 *
 * @param recommended the level the rules engine recommends at that moment
 * @param day         the day of the decision: the roster of that day says who may take it
 * @param decidedBy   the person in whose name it is recorded
 * @param capacity    in which capacity that person decides; may be {@code null} when not chosen
 * @param orderedBy   for a duty officer: the director who ordered it; otherwise {@code null}
 * @param reason      written reason; may be {@code null} or blank when none is needed
 * @param orderVia    for a duty officer recording an order: how it was received; otherwise {@code null}
 */
public record DecisionRequest(Decision decision, ResponseLevel recommended, LocalDate day, String decidedBy,
                              Capacity capacity, String orderedBy, String reason, OrderChannel orderVia) {

    /** A request that names no way the order was received (corrections, decisions in one's own name). */
    public DecisionRequest(Decision decision, ResponseLevel recommended, LocalDate day, String decidedBy,
                           Capacity capacity, String orderedBy, String reason) {
        this(decision, recommended, day, decidedBy, capacity, orderedBy, reason, null);
    }

    public DecisionRequest {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(day, "day");
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
