package cn.shiguai.roaddesk.response;

import static cn.shiguai.roaddesk.roster.Rosters.DAY;
import static cn.shiguai.roaddesk.roster.Rosters.DEPUTY;
import static cn.shiguai.roaddesk.roster.Rosters.DIRECTOR;
import static cn.shiguai.roaddesk.roster.Rosters.DUTY_OFFICER;
import static cn.shiguai.roaddesk.roster.Rosters.LEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.roster.Rosters;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionAuthorityTest {
    private static final Roster ROSTER = Rosters.withDutyOfficer();
    private static final DecisionAuthority AUTHORITY = new DecisionAuthority(ROSTER);

    /**
     * Every level × decision kind × capacity. Y = may record it, N = refused because the
     * decision touches level I or II and so is the leading group's (§六(一)). The group may also
     * decide III/IV (§五 duty 2); the office never touches I/II, so lowering II to III and
     * ending II are the group's.
     */
    @ParameterizedTest(name = "{0} {1}→{2}: leader {3}, deputy {4}, director {5}, duty officer {6}")
    @CsvSource({
        "START,NONE,I,Y,Y,N,N",
        "START,NONE,II,Y,Y,N,N",
        "START,NONE,III,Y,Y,Y,Y",
        "START,NONE,IV,Y,Y,Y,Y",
        "RAISE,II,I,Y,Y,N,N",
        "RAISE,III,I,Y,Y,N,N",
        "RAISE,IV,I,Y,Y,N,N",
        "RAISE,III,II,Y,Y,N,N",
        "RAISE,IV,II,Y,Y,N,N",
        "RAISE,IV,III,Y,Y,Y,Y",
        "LOWER,I,II,Y,Y,N,N",
        "LOWER,I,III,Y,Y,N,N",
        "LOWER,II,III,Y,Y,N,N",
        "LOWER,II,IV,Y,Y,N,N",
        "LOWER,III,IV,Y,Y,Y,Y",
        "END,I,NONE,Y,Y,N,N",
        "END,II,NONE,Y,Y,N,N",
        "END,III,NONE,Y,Y,Y,Y",
        "END,IV,NONE,Y,Y,Y,Y"})
    void theAuthorityMatrix(DecisionKind kind, ResponseLevel from, ResponseLevel to,
                            char leader, char deputy, char director, char dutyOfficer) {
        Decision decision = new Decision(kind, from, to);
        expect(leader, check(decision, LEADER, Capacity.GROUP_LEADER, null), decision);
        expect(deputy, check(decision, DEPUTY, Capacity.DEPUTY_LEADER, null), decision);
        expect(director, check(decision, DIRECTOR, Capacity.OFFICE_DIRECTOR, null), decision);
        expect(dutyOfficer, check(decision, DUTY_OFFICER, Capacity.DUTY_OFFICER, DIRECTOR), decision);
    }

    private static void expect(char allowed, Verdict verdict, Decision decision) {
        if (allowed == 'Y') {
            assertInstanceOf(Verdict.Allowed.class, verdict, verdict::toString);
        } else {
            Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, verdict);
            assertEquals(List.of(RefusalCode.LEADING_GROUP_DECIDES), refused.codes());
            assertEquals(List.of(new Messages.Key("level." + decision.mostSevereLevel().code() + ".short")),
                    refused.refusals().get(0).args());
        }
    }

    @Test
    void aDutyOfficerCannotStartLevelTwoEvenOnTheDirectorsOrder() {
        Verdict verdict = check(Decision.start(ResponseLevel.II), DUTY_OFFICER, Capacity.DUTY_OFFICER, DIRECTOR);
        assertTrue(((Verdict.Refused) verdict).refusedFor(RefusalCode.LEADING_GROUP_DECIDES));
        assertEquals("涉及二级响应的决定由领导小组作出（§六(一)）：须以组长或副组长的名义记录",
                ((Verdict.Refused) verdict).refusals().get(0).message(Messages.chinese()));
    }

    @Test
    void theOfficeDirectorCannotStartLevelTwo() {
        Verdict verdict = check(Decision.start(ResponseLevel.II), DIRECTOR, Capacity.OFFICE_DIRECTOR, null);
        assertEquals(List.of(RefusalCode.LEADING_GROUP_DECIDES), ((Verdict.Refused) verdict).codes());
    }

    /** 刘雪峰 is also a deputy leader: as such he may start level II for the group. */
    @Test
    void theDirectorMayStartLevelTwoAsADeputyLeaderActingForTheGroup() {
        Verdict verdict = check(Decision.start(ResponseLevel.II), DIRECTOR, Capacity.DEPUTY_LEADER, null);
        assertEquals(new Verdict.Allowed(AuthorityBasis.GROUP_FOR_LEVELS_I_II, Optional.empty()), verdict);
    }

    @Test
    void theDirectorMayStartLevelThreeOnTheOfficesAuthority() {
        Verdict verdict = check(Decision.start(ResponseLevel.III), DIRECTOR, Capacity.OFFICE_DIRECTOR, null);
        assertEquals(new Verdict.Allowed(AuthorityBasis.OFFICE_FOR_LEVELS_III_IV, Optional.empty()), verdict);
    }

    @Test
    void aDutyOfficerMayStartLevelThreeNamingTheDirectorsOrder() {
        Verdict verdict = check(Decision.start(ResponseLevel.III), DUTY_OFFICER, Capacity.DUTY_OFFICER, DIRECTOR);
        assertEquals(new Verdict.Allowed(AuthorityBasis.OFFICE_FOR_LEVELS_III_IV, Optional.empty()), verdict);
    }

    @Test
    void aDutyOfficerWithoutTheDirectorsOrderIsRefused() {
        Verdict verdict = check(Decision.start(ResponseLevel.III), DUTY_OFFICER, Capacity.DUTY_OFFICER, " ");
        assertEquals(List.of(RefusalCode.ORDER_MISSING), ((Verdict.Refused) verdict).codes());
    }

    @Test
    void anOrderFromSomeoneWhoIsNotTheDirectorThatDayIsRefused() {
        Verdict verdict = check(Decision.start(ResponseLevel.IV), DUTY_OFFICER, Capacity.DUTY_OFFICER, LEADER);
        Verdict.Refused refused = (Verdict.Refused) verdict;
        assertEquals(List.of(RefusalCode.ORDER_NOT_FROM_DIRECTOR), refused.codes());
        assertEquals("张占良 在 2021-01-15 不是应急办公室主任（当日主任：刘雪峰）",
                refused.refusals().get(0).message(Messages.chinese()));
    }

    @Test
    void theDirectorOfTheDayDecidesAfterAChangeOfDirector() {
        LocalDate change = LocalDate.of(2021, 1, 10);
        DecisionAuthority authority = new DecisionAuthority(ROSTER.changeHolder("EMERGENCY_OFFICE", "孙立军", change, null));
        Decision start = Decision.start(ResponseLevel.III);
        assertTrue(authority.check(request(start, DIRECTOR, Capacity.OFFICE_DIRECTOR, null, change.minusDays(1)))
                .isAllowed());
        Verdict.Refused refused = (Verdict.Refused) authority.check(
                request(start, DIRECTOR, Capacity.OFFICE_DIRECTOR, null, change));
        assertEquals(List.of(RefusalCode.NOT_OFFICE_DIRECTOR), refused.codes());
        assertEquals(List.of(RefusalCode.ORDER_NOT_FROM_DIRECTOR), ((Verdict.Refused) authority.check(
                request(start, DUTY_OFFICER, Capacity.DUTY_OFFICER, DIRECTOR, change))).codes());
        assertTrue(authority.check(request(start, DUTY_OFFICER, Capacity.DUTY_OFFICER, "孙立军", change)).isAllowed());
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
        "李新明,GROUP_LEADER,NOT_GROUP_LEADER",
        "张占良,DEPUTY_LEADER,NOT_DEPUTY_LEADER",
        "王海燕,DEPUTY_LEADER,NOT_DEPUTY_LEADER",
        "张占良,OFFICE_DIRECTOR,NOT_OFFICE_DIRECTOR",
        "刘雪峰,DUTY_OFFICER,NOT_DUTY_OFFICER",
        "路人甲,GROUP_LEADER,NOT_GROUP_LEADER"})
    void aPersonMustHoldTheCapacityOnTheDay(String person, Capacity capacity, RefusalCode code) {
        String order = capacity == Capacity.DUTY_OFFICER ? DIRECTOR : null;
        Verdict verdict = check(Decision.start(ResponseLevel.IV), person, capacity, order);
        assertEquals(List.of(code), ((Verdict.Refused) verdict).codes());
    }

    @Test
    void aDutyOfficerBeforeTheirTermIsRefused() {
        Verdict verdict = AUTHORITY.check(request(Decision.start(ResponseLevel.IV), DUTY_OFFICER, Capacity.DUTY_OFFICER,
                DIRECTOR, LocalDate.of(2020, 10, 31)));
        assertEquals(List.of(RefusalCode.NOT_DUTY_OFFICER), ((Verdict.Refused) verdict).codes());
    }

    @Test
    void onlyADutyOfficerRecordsSomeoneElsesOrder() {
        Verdict verdict = check(Decision.start(ResponseLevel.III), DIRECTOR, Capacity.OFFICE_DIRECTOR, LEADER);
        assertEquals(List.of(RefusalCode.ORDER_NOT_EXPECTED), ((Verdict.Refused) verdict).codes());
    }

    @ParameterizedTest(name = "{0} {1}→{2}: {3}")
    @CsvSource({
        "START,III,II,ALREADY_ACTIVE",
        "START,NONE,NONE,LEVEL_MISSING",
        "RAISE,NONE,III,NOTHING_ACTIVE",
        "RAISE,II,III,NOT_HIGHER",
        "RAISE,III,III,NOT_HIGHER",
        "LOWER,III,II,NOT_LOWER",
        "LOWER,III,NONE,LOWER_TO_NONE",
        "END,NONE,NONE,NOTHING_ACTIVE",
        "END,III,IV,END_TAKES_NO_LEVEL"})
    void theKindMustFitTheLevels(DecisionKind kind, ResponseLevel from, ResponseLevel to, RefusalCode code) {
        Decision decision = new Decision(kind, from, to);
        Verdict verdict = AUTHORITY.check(new DecisionRequest(decision, to, DAY, LEADER, Capacity.GROUP_LEADER, null,
                "理由"));
        assertEquals(List.of(code), ((Verdict.Refused) verdict).codes());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        DecisionRequest request = new DecisionRequest(Decision.start(ResponseLevel.II), ResponseLevel.NONE, DAY,
                DUTY_OFFICER, Capacity.DUTY_OFFICER, null, "");
        Verdict.Refused refused = (Verdict.Refused) AUTHORITY.check(request);
        assertEquals(List.of(RefusalCode.LEADING_GROUP_DECIDES, RefusalCode.ORDER_MISSING, RefusalCode.REASON_MISSING),
                refused.codes());
    }

    @Test
    void noDeciderAndNoCapacityAreRefused() {
        Verdict.Refused refused = (Verdict.Refused) AUTHORITY.check(new DecisionRequest(Decision.start(ResponseLevel.IV),
                ResponseLevel.IV, DAY, null, null, null, null));
        assertEquals(List.of(RefusalCode.DECIDER_MISSING, RefusalCode.CAPACITY_MISSING), refused.codes());
    }

    @Test
    void theDialogIsOfferedOnlyThoseWhoMayDecide() {
        assertEquals(EnumSet.of(Capacity.GROUP_LEADER, Capacity.DEPUTY_LEADER),
                DecisionAuthority.capacitiesFor(Decision.lower(ResponseLevel.II, ResponseLevel.III)));
        List<DecisionAuthority.Candidate> forII = AUTHORITY.candidates(Decision.start(ResponseLevel.II), DAY);
        assertEquals(8, forII.size(), "the group leader and seven deputies");
        assertEquals(new DecisionAuthority.Candidate(LEADER, Capacity.GROUP_LEADER), forII.get(0));
        List<DecisionAuthority.Candidate> forIII = AUTHORITY.candidates(Decision.start(ResponseLevel.III), DAY);
        assertTrue(forIII.contains(new DecisionAuthority.Candidate(DIRECTOR, Capacity.OFFICE_DIRECTOR)));
        assertTrue(forIII.contains(new DecisionAuthority.Candidate(DUTY_OFFICER, Capacity.DUTY_OFFICER)));
        assertFalse(forII.stream().anyMatch(c -> c.capacity() == Capacity.DUTY_OFFICER));
    }

    static Verdict check(Decision decision, String person, Capacity capacity, String orderedBy) {
        return AUTHORITY.check(request(decision, person, capacity, orderedBy, DAY));
    }

    /** Decided as recommended, so that no reason is needed and only authority is tested. */
    static DecisionRequest request(Decision decision, String person, Capacity capacity, String orderedBy,
                                   LocalDate day) {
        return new DecisionRequest(decision, decision.newLevel(), day, person, capacity, orderedBy, null);
    }
}
