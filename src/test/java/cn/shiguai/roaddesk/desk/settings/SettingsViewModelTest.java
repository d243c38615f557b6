package cn.shiguai.roaddesk.desk.settings;

import cn.shiguai.roaddesk.desk.settings.SettingsViewModel;
import cn.shiguai.roaddesk.settings.DeskSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final TestClock clock = TestClock.at("2026-01-12T06:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final List<String> switched = new ArrayList<>();
    private int locks;
    private final SettingsViewModel vm = new SettingsViewModel(desk.stores().settings(), desk.officer(),
            desk.office().handovers(), () -> locks++, desk.office().changes(), new SameThreadTaskRunner(),
            Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), switched::add);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aHandoverLogsTheSummaryWithWhatIsOpenAndLocksTheSeat() {
        desk.office().readings().save(cn.shiguai.roaddesk.weather.ReadingDraft.of(cn.shiguai.roaddesk.rules.Observation
                .at("五当召镇 旅游公路 K12 弯道", LocalDate.of(2026, 1, 12).atTime(8, 0)).snowDepthCm(12.0)
                .airTempC(-7.0).build()), "王海燕");
        vm.load();
        assertTrue(vm.openItems().get().startsWith("1. "), "the recommendation differs from the level: " + vm.openItems().get());
        vm.handoverNote().set("五当召旅游公路临时管制仍在执行");
        vm.handOver();
        assertEquals(1, locks, "the seat locks for the next officer");
        assertEquals("", vm.handoverNote().get());
        assertTrue(desk.stores().log().day(LocalDate.of(2026, 1, 12)).stream().anyMatch(e ->
                e.category() == LogCategory.NOTE && e.author().equals("王海燕")
                        && e.text().startsWith("王海燕 交班。交班摘要：五当召旅游公路临时管制仍在执行。交班时未结事项 ")));
        assertEquals("五当召旅游公路临时管制仍在执行", desk.office().handovers().pending().orElseThrow().summary());
    }

    @Test
    void theScreenSaysWhichStoreIsInUse() {
        assertEquals("本机内置数据库（数据目录 (内存数据库)）", desk.context().settingsModel().store().get());
        vm.showStore("db.office:5432/roaddesk", "roaddesk_app", "/home/duty/.roaddesk");
        assertEquals("PostgreSQL 服务器 db.office:5432/roaddesk，多个席位共用（以角色 roaddesk_app 登录）", vm.store().get());
    }

    @Test
    void aHandoverWithoutASummaryIsRefusedAndNothingIsLocked() {
        vm.handoverNote().set("  ");
        vm.handOver();
        assertEquals("请写交班摘要：交接什么、注意什么", vm.error().get());
        assertEquals(0, locks);
        assertTrue(desk.office().handovers().pending().isEmpty());
    }

    @Test
    void theLanguageIsKeptAndTheWindowRebuiltInIt() {
        vm.language().set("en");
        vm.applyLanguage();
        assertEquals(List.of("en"), switched);
        assertEquals("en", desk.stores().settings().get(DeskSettings.LANGUAGE).orElseThrow());
    }

    @Test
    void staleHoursAreKeptAndReachTheReadingsScreen() {
        vm.staleHours().set(5);
        vm.saveStaleHours();
        var readings = desk.context().readingsViewModel();
        readings.load();
        assertEquals(5, readings.staleHours().get());
    }

    @Test
    void anUnusableFontIsRefusedInWordsAndNotKept() {
        vm.fontPath().set("/nonexistent/simsun.ttc");
        vm.saveFont();
        assertTrue(desk.stores().settings().get(DeskSettings.FONT).isEmpty());
        assertTrue(!vm.fontStatus().get().isEmpty());
    }
}
