package cn.shiguai.roaddesk.response;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The correction of a decision recorded by mistake: either the decision that should have been
 * recorded ({@code instead}), or none at all (VOID), which restores the level before it. Either
 * way in the name of someone with the authority (§六) and with the reason. Only the latest
 * decision of a response can be corrected.
 *
 * @param instead   the decision that should have been recorded, from the level the mistaken one started from;
 *                  null when none should have been
 * @param decidedBy for VOID: in whose name the mistaken decision is voided (ignored with {@code instead})
 */
public record DecisionCorrection(long correctsId, DecisionRequest instead, String decidedBy, Capacity capacity,
                                 String orderedBy, String reason, LocalDate day) {

    public DecisionCorrection {
        Objects.requireNonNull(day, "day");
    }

    public boolean voids() {
        return instead == null;
    }
}
