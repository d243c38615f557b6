package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.FakeDay;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {
    private final FakeDay day = new FakeDay("2026-01-12T02:00:00Z");
    private final List<String> alerts = new ArrayList<>();

    private DeskViewModel desk(Messages messages) {
        DeskViewModel vm = new DeskViewModel(new SituationModel(day.service(), new SameThreadTaskRunner()), messages,
                new EvaluationText(messages, FakeDay.RULES));
        vm.setNotifier(alerts::add);
        return vm;
    }

    @Test
    void aChangedRecommendationDuringAResponseIsAnnouncedAndMarkedButNothingElseChanges() {
        day.snowCm = 12.0;
        day.active = Optional.of(FakeDay.inForce(ResponseLevel.III));
        DeskViewModel vm = desk(Messages.chinese());
        assertTrue(alerts.isEmpty());
        assertEquals("", vm.differenceText(vm.situation().get()));

        day.snowCm = 22.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).contains("二级响应（重大）") && alerts.get(0).contains("不会自动改变"), alerts.get(0));
        assertEquals(ResponseLevel.III, vm.situation().get().activeLevel());
        assertEquals("⚠ 建议高于当前响应，请研判", vm.differenceText(vm.situation().get()));
    }

    @Test
    void theFirstLevelRecommendedWithoutAResponseIsAnnouncedToo() {
        day.snowCm = 2.0;
        DeskViewModel vm = desk(Messages.chinese());
        assertEquals(ResponseLevel.NONE, vm.situation().get().recommendedLevel());
        day.snowCm = 12.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, alerts.size(), "none to a level is the change that matters most");
        assertTrue(alerts.get(0).contains("三级") && alerts.get(0).contains("未启动响应"), alerts.get(0));
        assertEquals("未启动响应", vm.activeText(vm.situation().get()));
    }

    @Test
    void aChangeThatLeavesTheRecommendationAsItWasIsNotAnnounced() {
        day.snowCm = 12.0;
        desk(Messages.chinese());
        day.snowCm = 13.0;
        day.changes.publish(Change.READINGS);
        assertEquals(List.of(), alerts);
    }

    @Test
    void theHeaderWordsTheDeciderInTheScreensLanguage() {
        day.snowCm = 12.0;
        day.active = Optional.of(FakeDay.inForce(ResponseLevel.III));
        DeskViewModel english = desk(Messages.english());
        String text = english.activeText(english.situation().get());
        assertTrue(text.contains("刘雪峰 (Emergency office director)"), text);
        DeskViewModel chinese = desk(Messages.chinese());
        assertTrue(chinese.activeText(chinese.situation().get()).contains("刘雪峰（应急办公室主任）"));
        assertEquals("值班：王海燕", chinese.officerText(chinese.situation().get()));
    }
}
