package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.situation.ActiveResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where responses and their decisions are kept. */
public interface ResponseStore {

    /** The response in force, if any. */
    Optional<ActiveResponse> active();

    /** Decisions, newest first, at most {@code limit}. */
    List<DecisionRecord> decisions(int limit);

    /**
     * Records a decision in one transaction: the day's recommendation read again and kept with
     * it (refused if it is no longer the one the request names), the activation (opened,
     * changed or ended), the decision, the measures the new level owes
     * (carrying over the status of identical ones), and the duty-log entries saying so.
     */
    DecisionRecord record(DecisionCommand command);

    /** The decision that may be corrected now: the latest of the latest response, unless corrected already. */
    Optional<DecisionRecord> correctable();

    /**
     * Records the correction in one transaction: the correcting decision, the response's level as
     * it says, the measures that follow (those owed only by the mistake closed as 撤销 with the
     * reason), and the log entry naming both decisions.
     */
    DecisionRecord correct(DecisionCorrection correction, AuthorityBasis basis, Instant decidedAt, String enteredBy);
}
