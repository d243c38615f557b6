package cn.shiguai.roaddesk.response;

/** Why a decision may not be recorded as entered. Each has a text "decision.refused.&lt;NAME&gt;". */
public enum RefusalCode {
    /** START while a response is active: raise, lower or end it instead. */
    ALREADY_ACTIVE,
    /** RAISE, LOWER or END with no response active. */
    NOTHING_ACTIVE,
    /** START, RAISE or LOWER without a response level. */
    LEVEL_MISSING,
    NOT_HIGHER,
    NOT_LOWER,
    /** LOWER to no response: that is END. */
    LOWER_TO_NONE,
    END_TAKES_NO_LEVEL,
    DECIDER_MISSING,
    CAPACITY_MISSING,
    /** The office tried to decide a change touching level I or II (§六(一)). */
    LEADING_GROUP_DECIDES,
    NOT_GROUP_LEADER,
    NOT_DEPUTY_LEADER,
    NOT_OFFICE_DIRECTOR,
    NOT_DUTY_OFFICER,
    /** A duty officer must name the director who ordered the decision (§六(二)). */
    ORDER_MISSING,
    /** A duty officer recording an order must say how it was received (电话、当面…). */
    ORDER_CHANNEL_MISSING,
    ORDER_NOT_FROM_DIRECTOR,
    /** Only a duty officer records on someone's order; anyone else decides in their own name. */
    ORDER_NOT_EXPECTED,
    REASON_MISSING,
    /** The plan's recommendation changed between the dialog and the record: the decision must be looked at again. */
    RECOMMENDATION_CHANGED,
    /** VOID is recorded by a correction, never taken as a decision. */
    NOT_A_DECISION,
    /** Only the latest decision of a response, not corrected yet, can be corrected. */
    NOT_CORRECTABLE,
    /** A correction says why. */
    CORRECTION_REASON_MISSING,
    /** The correct record starts from the level the mistaken decision started from. */
    CORRECTION_FROM_ELSEWHERE;

    public String messageKey() {
        return "decision.refused." + name();
    }
}
