package cn.shiguai.roaddesk.response;

import java.util.Optional;

/**
 * How a duty officer received the order they record (issue 14, item 2: "named, with how it was
 * received"): the record then says "按 刘雪峰 的电话指令", which an auditor can check against the
 * phone log. Carried into the decision's duty-log entry, which the chain protects.
 */
public enum OrderChannel {
    PHONE, IN_PERSON, MESSAGE, DOCUMENT;

    public String textKey() {
        return "order.channel." + name();
    }

    /**
     * A new decision recorded on someone's order must say how the order came; a correction keeps
     * what the original said and is not asked again.
     */
    public static Optional<Refusal> missingFrom(DecisionRequest request, cn.shiguai.roaddesk.access.Actor recorder) {
        return needed(request, recorder) && request.orderVia() == null
                ? Optional.of(Refusal.of(RefusalCode.ORDER_CHANNEL_MISSING)) : Optional.empty();
    }

    /**
     * Whether the record must say how the decision came to the desk: a duty officer recording the
     * director's order, or anyone signed in recording a decision made by someone else (the group
     * leader's level II, phoned in). The system (commands) is not asked: it keys in what it is given.
     */
    public static boolean needed(DecisionRequest request, cn.shiguai.roaddesk.access.Actor recorder) {
        boolean onOrder = request.capacity() == Capacity.DUTY_OFFICER && !DecisionRequest.isBlank(request.orderedBy());
        boolean forAnother = recorder != null && !recorder.isSystem() && request.decidedBy() != null
                && !cn.shiguai.roaddesk.roster.Roster.samePerson(request.decidedBy(), recorder.person());
        return onOrder || forAnother;
    }
}
