package cn.shiguai.roaddesk.response.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.DecisionAuthority;
import cn.shiguai.roaddesk.response.DecisionKind;
import cn.shiguai.roaddesk.roster.Rosters;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision dialog's rules without a toolkit: §六 authority, reasons, defaults from the recommendation. */
class DecisionDialogViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-15T01:40:00Z"), ZoneOffset.UTC);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RulesEngine ENGINE = new RulesEngine(new RuleSetLoader().loadDefault());
    private final DecisionAuthority authority = new DecisionAuthority(Rosters.withDutyOfficer());

    private static Evaluation recommending(double snowCm) {
        LocalDate day = Rosters.DAY;
        return ENGINE.evaluate(new EvaluationInput(day, -6.0,
                List.of(Observation.at("五当召镇 旅游公路 K12 弯道", day.atTime(8, 0)).snowDepthCm(snowCm).build()), List.of()));
    }

    private DecisionDialogViewModel dialog(Evaluation recommendation, ResponseLevel active) {
        Optional<ActiveResponse> current = active.isResponse()
                ? Optional.of(new ActiveResponse(1, active, Instant.EPOCH, Instant.EPOCH, "刘雪峰", "decision.capacity.OFFICE_DIRECTOR")) : Optional.empty();
        return new DecisionDialogViewModel(authority, recommendation, current, Messages.chinese(), CLOCK, SHANGHAI);
    }

    private static DecisionAuthority.Candidate candidate(DecisionDialogViewModel vm, String person, Capacity capacity) {
        return vm.candidates().stream().filter(c -> c.person().equals(person) && c.capacity() == capacity)
                .findFirst().orElseThrow(() -> new AssertionError(person + " as " + capacity + " not offered: " + vm.candidates()));
    }

    @Test
    void withNoResponseItProposesStartingTheRecommendedLevel() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        assertEquals(List.of(DecisionKind.START), vm.kinds());
        assertEquals(DecisionKind.START, vm.kind().get());
        assertEquals(ResponseLevel.III, vm.level().get());
        assertEquals("2021-01-15 09:40", vm.decidedAt().get());
        assertFalse(vm.valid().get(), "nobody chosen yet");
    }

    @Test
    void theOfficeDirectorStartsLevelThreeWithoutAReasonWhenItIsRecommended() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertTrue(vm.valid().get(), vm.problems().toString());
        assertEquals("", vm.reasonNeed().get());
        assertTrue(vm.basis().get().startsWith("§六(二)"), vm.basis().get());
    }

    @Test
    void aDutyOfficerStartingLevelTwoIsRefusedInWords() {
        DecisionDialogViewModel vm = dialog(recommending(23), ResponseLevel.NONE);
        assertEquals(ResponseLevel.II, vm.level().get());
        vm.decider().set(candidate(vm, Rosters.DUTY_OFFICER, Capacity.DUTY_OFFICER));
        vm.orderedBy().set(Rosters.DIRECTOR);
        assertFalse(vm.valid().get());
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("由领导小组作出")), vm.problems().toString());
    }

    @Test
    void theDirectorCannotStartLevelTwoButTheSamePersonAsDeputyLeaderCan() {
        DecisionDialogViewModel vm = dialog(recommending(23), ResponseLevel.NONE);
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertFalse(vm.valid().get());
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.DEPUTY_LEADER));
        assertTrue(vm.valid().get(), vm.problems().toString());
        assertTrue(vm.basis().get().startsWith("§六(一)"));
    }

    @Test
    void theSummaryAskedBeforeRecordingSaysWhoWhatWhenOnWhatEvidenceAndWhy() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        vm.decider().set(candidate(vm, Rosters.DUTY_OFFICER, Capacity.DUTY_OFFICER));
        vm.orderedBy().set(Rosters.DIRECTOR);
        vm.reason().set("景区道路车辆较多");
        String summary = vm.summary(l -> l.name() + "级", "积雪 12 厘米");
        assertEquals("以" + Rosters.DUTY_OFFICER + "（值班员（受主任指令））名义启动III级，决定时间 2021-01-15 09:40，由 "
                + Rosters.DIRECTOR + " 下达指令。\n依据：积雪 12 厘米\n理由：景区道路车辆较多\n确认记录？", summary);
    }

    @Test
    void aDutyOfficerMustNameTheDirectorsOrder() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        vm.decider().set(candidate(vm, Rosters.DUTY_OFFICER, Capacity.DUTY_OFFICER));
        assertTrue(vm.orderNeeded().get());
        assertFalse(vm.valid().get());
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("下达指令")), vm.problems().toString());
        vm.orderedBy().set(Rosters.DIRECTOR);
        assertEquals(List.of("请注明指令或决定是如何收到的（电话、当面、短信或微信、书面）"), vm.problems(),
                "named, and then how it was received");
        assertFalse(vm.valid().get());
        vm.orderVia().set(cn.shiguai.roaddesk.response.OrderChannel.PHONE);
        assertTrue(vm.valid().get(), vm.problems().toString());
        assertTrue(vm.summary(l -> l.name() + "级", "积雪 12 厘米").contains("由 " + Rosters.DIRECTOR + " 电话下达指令"));
    }

    @Test
    void decidingOtherThanRecommendedNeedsAReason() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        vm.level().set(ResponseLevel.IV);
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertEquals("决定的级别低于系统建议", vm.reasonNeed().get());
        assertFalse(vm.valid().get());
        vm.reason().set("积雪集中在景区道路，主干道畅通");
        assertTrue(vm.valid().get());
    }

    @Test
    void aDiscretionaryStartNeedsAReason() {
        DecisionDialogViewModel vm = dialog(recommending(2), ResponseLevel.NONE);
        assertNull(vm.level().get(), "nothing recommended: the officer chooses");
        vm.level().set(ResponseLevel.IV);
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertTrue(vm.reasonNeed().get().contains("§六(三)"), vm.reasonNeed().get());
        assertFalse(vm.valid().get());
        vm.reason().set("气象台预报今夜暴雪");
        assertTrue(vm.valid().get());
    }

    @Test
    void withAResponseActiveItOffersRaiseLowerEndAndProposesWhatTheRecommendationSays() {
        DecisionDialogViewModel raise = dialog(recommending(23), ResponseLevel.III);
        assertEquals(List.of(DecisionKind.RAISE, DecisionKind.LOWER, DecisionKind.END), raise.kinds());
        assertEquals(DecisionKind.RAISE, raise.kind().get());
        assertEquals(ResponseLevel.II, raise.level().get());
        assertEquals(List.of(ResponseLevel.I, ResponseLevel.II), raise.levels());

        DecisionDialogViewModel end = dialog(recommending(1), ResponseLevel.III);
        assertEquals(DecisionKind.END, end.kind().get());
        end.decider().set(candidate(end, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertTrue(end.valid().get(), end.problems().toString());
    }

    @Test
    void loweringFromLevelTwoBelongsToTheLeadingGroup() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.II);
        assertEquals(DecisionKind.LOWER, vm.kind().get());
        assertEquals(ResponseLevel.III, vm.level().get());
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        assertFalse(vm.valid().get());
        vm.decider().set(candidate(vm, Rosters.LEADER, Capacity.GROUP_LEADER));
        assertTrue(vm.valid().get());
    }

    @Test
    void aBadTimeIsAProblem() {
        DecisionDialogViewModel vm = dialog(recommending(12), ResponseLevel.NONE);
        vm.decider().set(candidate(vm, Rosters.DIRECTOR, Capacity.OFFICE_DIRECTOR));
        vm.decidedAt().set("明天");
        assertFalse(vm.valid().get());
        assertEquals(1, vm.problems().size());
    }
}
