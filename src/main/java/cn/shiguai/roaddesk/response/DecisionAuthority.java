package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Term;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may record which response decision, read from §六 (and §五 duty 2).
 *
 * <p>The reading:
 * <ul>
 * <li>A decision is the leading group's when either level it touches is I or II: §六(一) gives
 *     the group the starting <em>and the organising</em> (组织实施) of levels I and II, so only the
 *     group can also lower or end a level I/II response, and raising III to II is starting a
 *     level II response. Lowering II to III is therefore the group's decision, not the office's:
 *     the office cannot step down a response the group is running.</li>
 * <li>It is recorded in the name of the group leader (组长) or of a deputy leader (副组长)
 *     acting for the group. The plan does not say when a deputy may act; the product allows
 *     any deputy in office that day and records who it was.</li>
 * <li>Otherwise (III and IV only) it is the emergency office's (§六(二)): its director, or a
 *     duty officer on the director's order, naming the director, who must be director that day.</li>
 * <li>The group may also decide at levels III and IV: §五 duty 2 makes deciding responses of
 *     every level the group's duty and the office sits under the group. The plan's §六(二) puts
 *     the office in charge, it does not shut the group out.</li>
 * <li>The office may lower or end a level III/IV response whoever started it.</li>
 * </ul>
 * A written reason is required as {@link ReasonNeed} says. All problems are reported together.
 */
public final class DecisionAuthority {
    private final Roster roster;

    public DecisionAuthority(Roster roster) {
        this.roster = roster;
    }

    /** True when the decision touches level I or II and so belongs to the leading group alone. */
    public static boolean isForTheLeadingGroup(Decision decision) {
        return decision.mostSevereLevel().compareTo(ResponseLevel.II) >= 0;
    }

    /** The capacities in which this decision may be recorded, for the dialog to offer. */
    public static Set<Capacity> capacitiesFor(Decision decision) {
        return isForTheLeadingGroup(decision)
                ? EnumSet.of(Capacity.GROUP_LEADER, Capacity.DEPUTY_LEADER)
                : EnumSet.allOf(Capacity.class);
    }

    /** The people who may record this decision on that day, each with the capacity they would use. */
    public List<Candidate> candidates(Decision decision, LocalDate day) {
        List<Candidate> candidates = new ArrayList<>();
        for (Capacity capacity : capacitiesFor(decision)) {
            holders(capacity, day).forEach(t -> candidates.add(new Candidate(t.person(), capacity)));
        }
        return candidates;
    }

    /** A person who may record a decision, and in which capacity. */
    public record Candidate(String person, Capacity capacity) {
    }

    public Verdict check(DecisionRequest request) {
        List<Refusal> refusals = new ArrayList<>();
        Decision decision = request.decision();
        decision.shapeProblem().ifPresent(code -> refusals.add(shapeRefusal(code, decision)));
        if (DecisionRequest.isBlank(request.decidedBy())) {
            refusals.add(Refusal.of(RefusalCode.DECIDER_MISSING));
        }
        Capacity capacity = request.capacity();
        if (capacity == null) {
            refusals.add(Refusal.of(RefusalCode.CAPACITY_MISSING));
        } else {
            if (!capacity.ofLeadingGroup() && isForTheLeadingGroup(decision)) {
                refusals.add(Refusal.of(RefusalCode.LEADING_GROUP_DECIDES, levelKey(decision.mostSevereLevel())));
            }
            checkHolder(request, capacity, refusals);
            checkOrder(request, capacity, refusals);
        }
        Optional<ReasonNeed> need = ReasonNeed.of(decision, request.recommended());
        if (need.isPresent() && DecisionRequest.isBlank(request.reason())) {
            refusals.add(Refusal.of(RefusalCode.REASON_MISSING, new Messages.Key(need.get().labelKey()),
                    levelKey(request.recommended())));
        }
        if (!refusals.isEmpty()) {
            return new Verdict.Refused(refusals);
        }
        return new Verdict.Allowed(basis(decision, capacity), need);
    }

    private static AuthorityBasis basis(Decision decision, Capacity capacity) {
        if (!capacity.ofLeadingGroup()) {
            return AuthorityBasis.OFFICE_FOR_LEVELS_III_IV;
        }
        return isForTheLeadingGroup(decision) ? AuthorityBasis.GROUP_FOR_LEVELS_I_II : AuthorityBasis.GROUP_FOR_ANY_LEVEL;
    }

    private void checkHolder(DecisionRequest request, Capacity capacity, List<Refusal> refusals) {
        if (DecisionRequest.isBlank(request.decidedBy())) {
            return;
        }
        boolean holds = holders(capacity, request.day()).stream().anyMatch(t -> t.isHeldBy(request.decidedBy()));
        if (!holds) {
            RefusalCode code = switch (capacity) {
                case GROUP_LEADER -> RefusalCode.NOT_GROUP_LEADER;
                case DEPUTY_LEADER -> RefusalCode.NOT_DEPUTY_LEADER;
                case OFFICE_DIRECTOR -> RefusalCode.NOT_OFFICE_DIRECTOR;
                case DUTY_OFFICER -> RefusalCode.NOT_DUTY_OFFICER;
            };
            refusals.add(Refusal.of(code, request.decidedBy().strip(), request.day().toString()));
        }
    }

    /** §六(二) lets the office act, and the office acts through its director: a duty officer needs the order. */
    private void checkOrder(DecisionRequest request, Capacity capacity, List<Refusal> refusals) {
        boolean orderGiven = !DecisionRequest.isBlank(request.orderedBy());
        if (capacity != Capacity.DUTY_OFFICER) {
            if (orderGiven) {
                refusals.add(Refusal.of(RefusalCode.ORDER_NOT_EXPECTED, new Messages.Key(capacity.labelKey())));
            }
            return;
        }
        if (!orderGiven) {
            refusals.add(Refusal.of(RefusalCode.ORDER_MISSING));
            return;
        }
        Optional<Term> director = roster.directorOn(request.day());
        if (director.isEmpty() || !director.get().isHeldBy(request.orderedBy())) {
            refusals.add(Refusal.of(RefusalCode.ORDER_NOT_FROM_DIRECTOR, request.orderedBy().strip(),
                    request.day().toString(), director.map(Term::person).orElse("—")));
        }
    }

    private List<Term> holders(Capacity capacity, LocalDate day) {
        return switch (capacity) {
            case GROUP_LEADER -> roster.groupLeaderOn(day).stream().toList();
            case DEPUTY_LEADER -> roster.deputiesOn(day);
            case OFFICE_DIRECTOR -> roster.directorOn(day).stream().toList();
            case DUTY_OFFICER -> roster.dutyOfficersOn(day);
        };
    }

    private static Refusal shapeRefusal(RefusalCode code, Decision decision) {
        return Refusal.of(code, levelKey(decision.activeLevel()), levelKey(decision.newLevel()));
    }

    private static Messages.Key levelKey(ResponseLevel level) {
        return new Messages.Key("level." + level.code() + ".short");
    }
}
