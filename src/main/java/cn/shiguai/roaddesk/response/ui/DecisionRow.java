package cn.shiguai.roaddesk.response.ui;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.response.DecisionRecord;
import cn.shiguai.roaddesk.rules.EvaluationText;
import java.time.format.DateTimeFormatter;

/**
 * A recorded decision as the history table shows it. A corrected one says by which decision and
 * is struck through; a correction says what it corrects and why.
 */
public record DecisionRow(String decidedAt, String kind, String levels, String recommended, String decidedBy,
                          String basis, String reason, String enteredBy, boolean corrected, DecisionRecord record) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static DecisionRow of(DecisionRecord d, Messages messages, EvaluationText text) {
        String who = messages.format("response.decidedBy", d.decidedBy(), messages.get(d.capacity().labelKey()))
                + (d.orderedBy() == null ? "" : messages.format("response.orderedBy", d.orderedBy()));
        String reason = d.reason() == null ? "" : d.reason();
        if (d.correctsId() != null) {
            reason = messages.format("response.corrects", d.correctsId(), d.correctionReason())
                    + (reason.isEmpty() ? "" : " " + reason);
        }
        if (d.correctedBy() != null) {
            reason = messages.format("response.correctedBy", d.correctedBy()) + (reason.isEmpty() ? "" : " " + reason);
        }
        String levels = d.kind() == DecisionKind.VOID ? text.levelShort(d.level())
                : text.levelShort(d.previousLevel()) + " → " + text.levelShort(d.level());
        return new DecisionRow(TIME.format(d.decidedAt().atZone(text.zone())), messages.get("decision.kind." + d.kind().name()),
                levels, text.levelShort(d.recommended()), who, d.basis().section(), reason, d.enteredBy(),
                d.correctedBy() != null, d);
    }
}
