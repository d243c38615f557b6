package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.response.ActiveResponse;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    private static Evaluation snow(double cm) {
        return new RulesEngine(RULES).evaluate(new EvaluationInput(DAY, -5.0,
                List.of(Observation.at("K35", DAY.atTime(8, 0)).snowDepthCm(cm).build()), List.of()));
    }

    @Test
    void aChangedRecommendationDuringAResponseIsAnnouncedAndMarkedButNothingElseChanges() {
        ChangeBus changes = new ChangeBus();
        AtomicReference<Situation> now = new AtomicReference<>(new Situation(Optional.of(
                new ActiveResponse(1, ResponseLevel.III, Instant.EPOCH, Instant.EPOCH, "刘雪峰（应急办公室主任）")), snow(12)));
        DeskViewModel vm = new DeskViewModel(now::get, changes, new SameThreadTaskRunner(), Messages.chinese(),
                new EvaluationText(Messages.chinese(), RULES));
        List<String> alerts = new ArrayList<>();
        vm.setNotifier(alerts::add);
        vm.refresh();
        assertTrue(alerts.isEmpty());
        assertEquals("", vm.differenceText(vm.situation().get()));

        now.set(new Situation(now.get().active(), snow(22)));
        changes.publish(Change.READINGS);
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).contains("二级响应（重大）") && alerts.get(0).contains("不会自动改变"), alerts.get(0));
        assertEquals(ResponseLevel.III, vm.situation().get().activeLevel());
        assertEquals("⚠ 建议高于当前响应，请研判", vm.differenceText(vm.situation().get()));
    }

    @Test
    void withoutAResponseAChangeIsShownButNotAnnounced() {
        ChangeBus changes = new ChangeBus();
        AtomicReference<Situation> now = new AtomicReference<>(new Situation(Optional.empty(), snow(2)));
        DeskViewModel vm = new DeskViewModel(now::get, changes, new SameThreadTaskRunner(), Messages.chinese(),
                new EvaluationText(Messages.chinese(), RULES));
        List<String> alerts = new ArrayList<>();
        vm.setNotifier(alerts::add);
        vm.refresh();
        now.set(new Situation(Optional.empty(), snow(12)));
        changes.publish(Change.READINGS);
        assertTrue(alerts.isEmpty());
        assertEquals(ResponseLevel.III, vm.situation().get().recommendation().level());
        assertEquals("未启动响应", vm.activeText(vm.situation().get()));
    }
}
