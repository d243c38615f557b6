package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.Evaluation;
import java.time.Instant;
import java.util.Objects;

/**
 * A decision checked against §六 and ready to be recorded, with the evaluation it was taken
 * against (kept with it, so the record shows what the plan recommended and why).
 */
public record DecisionCommand(DecisionRequest request, Evaluation recommendation, AuthorityBasis basis,
                              Instant decidedAt, String enteredBy) {

    public DecisionCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }
}
