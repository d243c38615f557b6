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
    public static Optional<Refusal> missingFrom(DecisionRequest request) {
        boolean onOrder = request.capacity() == Capacity.DUTY_OFFICER && !DecisionRequest.isBlank(request.orderedBy());
        return onOrder && request.orderVia() == null ? Optional.of(Refusal.of(RefusalCode.ORDER_CHANNEL_MISSING))
                : Optional.empty();
    }
}
