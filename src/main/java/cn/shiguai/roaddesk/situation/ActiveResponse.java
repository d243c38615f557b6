package cn.shiguai.roaddesk.situation;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/**
 * The response in force, as data: the screens word it in their own language.
 *
 * @param decidedByPerson  who decided the current level
 * @param capacityLabelKey the text key of the capacity they decided in, e.g. {@code decision.capacity.OFFICE_DIRECTOR}
 */
public record ActiveResponse(long activationId, ResponseLevel level, Instant since, Instant levelSince,
                             String decidedByPerson, String capacityLabelKey) {

    /** "刘雪峰（应急办公室主任）" or "刘雪峰 (Emergency office director)". */
    public String decidedBy(Messages messages) {
        return messages.format("response.decidedBy", decidedByPerson, messages.get(capacityLabelKey));
    }
}
