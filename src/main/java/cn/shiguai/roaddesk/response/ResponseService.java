package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.roster.RosterStore;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records response decisions, but only those §六 allows: the authority is checked here
 * against the roster of the decision's day, whatever screen or command asked, and the store
 * checks inside its transaction that the plan still recommends what the decider saw.
 */
public final class ResponseService {
    private final ResponseStore store;
    private final RosterStore roster;
    private final ChangeBus changes;

    public ResponseService(ResponseStore store, RosterStore roster, ChangeBus changes) {
        this.store = store;
        this.roster = roster;
        this.changes = changes;
    }

    public Optional<ActiveResponse> active() {
        return store.active();
    }

    public List<DecisionRecord> decisions(int limit) {
        return store.decisions(limit);
    }

    public DecisionAuthority authority() {
        return new DecisionAuthority(roster.roster());
    }

    /**
     * Checks and records; throws {@link DecisionRefusedException} and records nothing when §六
     * does not allow it or the recommendation is no longer {@code request.recommended()}.
     */
    public DecisionRecord decide(DecisionRequest request, Instant decidedAt, String enteredBy) {
        Verdict verdict = authority().check(request);
        if (verdict instanceof Verdict.Refused refused) {
            throw new DecisionRefusedException(refused);
        }
        AuthorityBasis basis = ((Verdict.Allowed) verdict).basis();
        DecisionRecord recorded = store.record(new DecisionCommand(request, basis, decidedAt, enteredBy));
        changes.publish(Change.DECISIONS);
        changes.publish(Change.MEASURES);
        return recorded;
    }
}
