package cn.shiguai.roaddesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.FakeDay;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {
    private final FakeDay day = new FakeDay("2026-01-12T02:00:00Z");

    private DeskViewModel desk(Messages messages) {
        DeskViewModel vm = new DeskViewModel(new SituationModel(day.service(), new SameThreadTaskRunner()), messages,
                new EvaluationText(messages, FakeDay.RULES));
        return vm;
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

    @Test
    void theHeaderNamesTheUpperLevelsInForceAndNothingWhenNone() {
        DeskViewModel vm = desk(Messages.chinese());
        vm.showUpper(java.util.List.of());
        assertEquals("", vm.upper().get());
        java.time.Instant at = java.time.Instant.parse("2026-01-12T00:00:00Z");
        vm.showUpper(java.util.List.of(
                new cn.shiguai.roaddesk.upper.UpperResponse(1, "内蒙古自治区", ResponseLevel.II, at, null, null, "王海燕", at),
                new cn.shiguai.roaddesk.upper.UpperResponse(2, "包头市", ResponseLevel.III, at, "包政办发〔2026〕12号", null,
                        "王海燕", at)));
        assertEquals("上级：内蒙古自治区 二级、包头市 三级", vm.upper().get());
    }

    @Test
    void theStatusBarSaysAtOnceThatTheServerIsLostAndSinceWhen() {
        DeskViewModel vm = desk(Messages.chinese());
        java.time.Instant at = java.time.Instant.parse("2026-01-12T02:05:00Z");
        vm.showStore("10.1.2.3:5432/roaddesk", cn.shiguai.roaddesk.live.StoreState.connected(at));
        assertEquals("服务器 10.1.2.3:5432/roaddesk", vm.store().get());
        assertTrue(!vm.storeLost().get());
        vm.showStore("10.1.2.3:5432/roaddesk", cn.shiguai.roaddesk.live.StoreState.lost(at));
        assertTrue(vm.storeLost().get());
        assertEquals("与服务器 10.1.2.3:5432/roaddesk 的连接已断开（1月12日 10:05 起），正在重试；已填写的内容保留，未保存的不会写到别处",
                vm.store().get());
        DeskViewModel english = desk(Messages.english());
        english.showStore("10.1.2.3:5432/roaddesk", cn.shiguai.roaddesk.live.StoreState.lost(at));
        assertTrue(english.store().get().startsWith("The server 10.1.2.3:5432/roaddesk does not answer"),
                english.store().get());
    }
}
