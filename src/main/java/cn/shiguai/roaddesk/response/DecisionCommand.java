package cn.shiguai.roaddesk.response;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision checked against §六 and ready to be recorded. The evaluation it is taken against
 * is not carried: the store reads the day's recommendation again inside the recording
 * transaction and refuses the decision if it is no longer the one the decider saw.
 */
public record DecisionCommand(DecisionRequest request, AuthorityBasis basis, Instant decidedAt, String enteredBy) {

    public DecisionCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }
}
