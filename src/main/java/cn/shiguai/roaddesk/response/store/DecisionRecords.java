package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.AuthorityBasis;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.DecisionRecord;

import cn.shiguai.roaddesk.roster.GroupRole;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Term;
import java.util.Arrays;

/**
 * Between the decision as §六 sees it (a person in a capacity, on an authority) and the stored
 * row (a person, a roster position, the plan's clause): the capacity is stored as the position
 * it was exercised from and read back from it.
 */
final class DecisionRecords {
    static final String OFFICE = "EMERGENCY_OFFICE";

    private DecisionRecords() {
    }

    /** The roster position a capacity is exercised from on the decision's day. */
    static String positionOf(DecisionRequest request, Roster roster) {
        return switch (request.capacity()) {
            case GROUP_LEADER -> roster.leaderPosition().key();
            case OFFICE_DIRECTOR, DUTY_OFFICER -> OFFICE;
            case DEPUTY_LEADER -> roster.termsOf(request.decidedBy(), request.day()).stream()
                    .map(Term::positionKey)
                    .filter(key -> roster.requirePosition(key).groupRole() == GroupRole.DEPUTY)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(request.decidedBy() + " is no deputy"));
        };
    }

    static Capacity capacityOf(StoredDecision d, Roster roster) {
        String position = d.decision().decidedByPosition();
        if (OFFICE.equals(position)) {
            return d.decision().orderedBy() == null ? Capacity.OFFICE_DIRECTOR : Capacity.DUTY_OFFICER;
        }
        return position.equals(roster.leaderPosition().key()) ? Capacity.GROUP_LEADER : Capacity.DEPUTY_LEADER;
    }

    static AuthorityBasis basisOf(String section) {
        return Arrays.stream(AuthorityBasis.values()).filter(b -> b.section().equals(section)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown authority " + section));
    }

    static DecisionRecord record(StoredDecision d, Roster roster) {
        DecisionDraft v = d.decision();
        return new DecisionRecord(d.id(), d.activationId(), v.kind(), d.previousLevel(), v.level(), v.recommendedLevel(),
                v.decidedByPerson(), capacityOf(d, roster), basisOf(v.authorityBasis()), v.orderedBy(), v.reason(),
                v.enteredBy(), v.decidedAt(), d.recordedAt(), d.correctsId(), d.correctionReason(), d.correctedBy());
    }
}
