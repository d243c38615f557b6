package cn.shiguai.roaddesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {
    private static final LocalDate CHANGE = LocalDate.of(2021, 3, 1);

    @Test
    void aChangeOfHolderEndsTheOldTermTheDayBeforeAndKeepsIt() {
        Roster roster = Rosters.of2019().changeHolder("TRANSPORT", "赵国强", CHANGE, "副组长");
        List<Term> history = roster.history("TRANSPORT");
        assertEquals(2, history.size());
        assertEquals("李新明", history.get(0).person());
        assertEquals(LocalDate.of(2021, 2, 28), history.get(0).end());
        assertEquals("赵国强", history.get(1).person());
        assertTrue(history.get(1).isOpen());
    }

    @Test
    void theHolderOnAPastDateIsTheOneWhoHeldThePostThen() {
        Roster roster = Rosters.of2019().changeHolder("TRANSPORT", "赵国强", CHANGE, null);
        assertEquals("李新明", roster.holderOn("TRANSPORT", LocalDate.of(2020, 12, 1)).orElseThrow().person());
        assertEquals("李新明", roster.holderOn("TRANSPORT", CHANGE.minusDays(1)).orElseThrow().person());
        assertEquals("赵国强", roster.holderOn("TRANSPORT", CHANGE).orElseThrow().person());
        assertEquals("赵国强", roster.deputiesOn(CHANGE).get(1).person());
    }

    @Test
    void aNewDirectorTakesOverTheOfficeButNotTheTrafficPolicePost() {
        Roster roster = Rosters.of2019().changeHolder("EMERGENCY_OFFICE", "孙立军", CHANGE, "主任");
        assertEquals("刘雪峰", roster.directorOn(CHANGE.minusDays(1)).orElseThrow().person());
        assertEquals("孙立军", roster.directorOn(CHANGE).orElseThrow().person());
        assertEquals(TermRole.DIRECTOR, roster.directorOn(CHANGE).orElseThrow().role());
        assertEquals("刘雪峰", roster.holderOn("TRAFFIC_POLICE", CHANGE).orElseThrow().person());
    }

    @Test
    void successiveChangesKeepTheWholeHistory() {
        Roster roster = Rosters.of2019()
                .changeHolder("LEADER", "甲", LocalDate.of(2020, 1, 1), null)
                .changeHolder("LEADER", "乙", LocalDate.of(2022, 1, 1), null);
        assertEquals(List.of("张占良", "甲", "乙"), roster.history("LEADER").stream().map(Term::person).toList());
        assertEquals("甲", roster.groupLeaderOn(LocalDate.of(2021, 7, 1)).orElseThrow().person());
        assertEquals("张占良", roster.groupLeaderOn(LocalDate.of(2019, 12, 31)).orElseThrow().person());
    }

    @Test
    void aChangeOnOrBeforeTheRunningTermsFirstDayIsRefused() {
        RosterException e = assertThrows(RosterException.class,
                () -> Rosters.of2019().changeHolder("FIRE", "某某", LocalDate.of(2019, 1, 1), null));
        assertEquals("roster.problem.changeNotAfterStart", e.problemKey());
    }

    @Test
    void theSameHolderCannotTakeThePostAgain() {
        RosterException e = assertThrows(RosterException.class,
                () -> Rosters.of2019().changeHolder("FIRE", "苗永旺", CHANGE, null));
        assertEquals("roster.problem.sameHolder", e.problemKey());
    }

    @Test
    void anUnknownPositionIsRefused() {
        RosterException e = assertThrows(RosterException.class,
                () -> Rosters.of2019().changeHolder("MAYOR", "某某", CHANGE, null));
        assertEquals("roster.problem.unknownPosition", e.problemKey());
    }

    @Test
    void dutyOfficersArePeopleOfTheOfficeWithTheirOwnTerms() {
        Roster roster = Rosters.of2019()
                .appointDutyOfficer("王海燕", LocalDate.of(2020, 11, 1), null)
                .appointDutyOfficer("陈志刚", LocalDate.of(2020, 11, 1), null)
                .endDutyOfficer("陈志刚", LocalDate.of(2021, 2, 28));
        assertEquals(List.of("王海燕", "陈志刚"),
                roster.dutyOfficersOn(LocalDate.of(2021, 1, 1)).stream().map(Term::person).toList());
        assertEquals(List.of("王海燕"), roster.dutyOfficersOn(CHANGE).stream().map(Term::person).toList());
        assertEquals("EMERGENCY_OFFICE", roster.dutyOfficersOn(CHANGE).get(0).positionKey());
        assertEquals("刘雪峰", roster.directorOn(CHANGE).orElseThrow().person(), "duty officers do not hold the post");
        assertEquals(3, roster.history("EMERGENCY_OFFICE").size(), "director and two duty officers, kept");
    }

    @Test
    void oneDutyOfficerCannotHaveTwoOverlappingTerms() {
        Roster roster = Rosters.withDutyOfficer();
        RosterException e = assertThrows(RosterException.class,
                () -> roster.appointDutyOfficer(Rosters.DUTY_OFFICER, CHANGE, null));
        assertEquals("roster.problem.overlap", e.problemKey());
    }

    @Test
    void endingSomeoneWhoIsNotOnDutyIsRefused() {
        RosterException e = assertThrows(RosterException.class,
                () -> Rosters.of2019().endDutyOfficer("张占良", CHANGE));
        assertEquals("roster.problem.notDutyOfficer", e.problemKey());
    }

    @Test
    void namesCompareWithoutTheTypesettingSpace() {
        assertTrue(Roster.samePerson("高 慧", "高慧"));
        assertTrue(Rosters.of2019().holderOn("GOV_OFFICE", CHANGE).orElseThrow().isHeldBy("高 慧"));
    }
}
