package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.rules.EvaluationText;
import java.time.format.DateTimeFormatter;

/** A recorded decision as the history table shows it. */
public record DecisionRow(String decidedAt, String kind, String levels, String recommended, String decidedBy,
                          String basis, String reason, String enteredBy) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static DecisionRow of(DecisionRecord d, Messages messages, EvaluationText text) {
        String who = d.decidedBy() + "（" + messages.get(d.capacity().labelKey()) + "）"
                + (d.orderedBy() == null ? "" : messages.format("response.orderedBy", d.orderedBy()));
        return new DecisionRow(TIME.format(d.decidedAt().atZone(text.zone())), messages.get("decision.kind." + d.kind().name()),
                text.levelShort(d.previousLevel()) + " → " + text.levelShort(d.level()), text.levelShort(d.recommended()),
                who, d.basis().section(), d.reason() == null ? "" : d.reason(), d.enteredBy());
    }
}
