package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Permission;
import cn.shiguai.roaddesk.access.Seat;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.RosterStore;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records response decisions, but only those §六 allows: the authority is checked here
 * against the roster of the decision's day, whatever screen or command asked, and the store
 * checks inside its transaction that the plan still recommends what the decider saw.
 *
 * <p>Before §六, the seat: who is signed in may record a decision in their own name only at the
 * levels their role decides (a leader I–IV, a director III–IV), and anyone who enters records
 * may record the order of the person named as deciding, who §六 then checks (issue 14, item 2).
 */
public final class ResponseService {
    private final ResponseStore store;
    private final RosterStore roster;
    private final ChangeBus changes;
    private final Seat seat;

    public ResponseService(ResponseStore store, RosterStore roster, ChangeBus changes) {
        this(store, roster, changes, new Seat());
    }

    public ResponseService(ResponseStore store, RosterStore roster, ChangeBus changes, Seat seat) {
        this.seat = seat;
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
        mayRecord(request);
        Verdict verdict = authority().check(request);
        if (verdict instanceof Verdict.Refused refused) {
            throw new DecisionRefusedException(refused);
        }
        OrderChannel.missingFrom(request, seat.actor()).ifPresent(missing -> {
            throw new DecisionRefusedException(new Verdict.Refused(java.util.List.of(missing)));
        });
        AuthorityBasis basis = ((Verdict.Allowed) verdict).basis();
        DecisionRecord recorded = store.record(new DecisionCommand(request, basis, decidedAt, enteredBy));
        changes.publish(Change.DECISIONS);
        changes.publish(Change.MEASURES);
        return recorded;
    }

    /** Who records at this seat: the dialog asks how a decision came when they record someone else's. */
    public cn.shiguai.roaddesk.access.Actor recorder() {
        return seat.actor();
    }

    /** The decision that may be corrected now, if any. */
    public Optional<DecisionRecord> correctable() {
        return store.correctable();
    }

    /**
     * Corrects a decision recorded by mistake. The correct record must be one §六 allows from the
     * level the mistake started from; voiding a decision needs the authority to have taken it.
     * Throws {@link DecisionRefusedException} and records nothing otherwise.
     */
    public DecisionRecord correct(DecisionCorrection correction, Instant decidedAt, String enteredBy) {
        seat.require(Permission.RECORD_ORDER);
        DecisionRecord mistake = store.correctable().filter(d -> d.id() == correction.correctsId())
                .orElseThrow(() -> refused(RefusalCode.NOT_CORRECTABLE, correction.correctsId()));
        if (correction.reason() == null || correction.reason().isBlank()) {
            throw refused(RefusalCode.CORRECTION_REASON_MISSING);
        }
        DecisionRequest checked = correction.voids()
                ? new DecisionRequest(new Decision(mistake.kind(), mistake.previousLevel(), mistake.level()),
                        mistake.recommended(), correction.day(), correction.decidedBy(), correction.capacity(),
                        correction.orderedBy(), correction.reason())
                : correction.instead();
        if (!correction.voids() && checked.decision().activeLevel() != mistake.previousLevel()) {
            throw refused(RefusalCode.CORRECTION_FROM_ELSEWHERE);
        }
        mayRecord(checked);
        Verdict verdict = authority().check(checked);
        if (verdict instanceof Verdict.Refused refused) {
            throw new DecisionRefusedException(refused);
        }
        DecisionRecord recorded = store.correct(correction, ((Verdict.Allowed) verdict).basis(), decidedAt, enteredBy);
        changes.publish(Change.DECISIONS);
        changes.publish(Change.MEASURES);
        return recorded;
    }

    /**
     * In one's own name, the permission of the level's decider; in another's, recording their
     * order. The more severe level decides whose it is, as {@link DecisionAuthority} reads it.
     */
    private void mayRecord(DecisionRequest request) {
        Actor who = seat.actor();
        boolean ownName = !who.isSystem() && Roster.samePerson(request.decidedBy(), who.person());
        // A duty officer recording in their own name as 值班员 records the director's order (§六(二)):
        // that is recording an order, not deciding.
        if (!ownName || request.capacity() == cn.shiguai.roaddesk.response.Capacity.DUTY_OFFICER) {
            seat.require(Permission.RECORD_ORDER);
            return;
        }
        ResponseLevel level = request.decision().mostSevereLevel();
        seat.require(level == ResponseLevel.I || level == ResponseLevel.II
                ? Permission.DECIDE_LEVEL_I_II : Permission.DECIDE_LEVEL_III_IV);
    }

    private static DecisionRefusedException refused(RefusalCode code, Object... args) {
        return new DecisionRefusedException(new Verdict.Refused(List.of(Refusal.of(code, args))));
    }
}
