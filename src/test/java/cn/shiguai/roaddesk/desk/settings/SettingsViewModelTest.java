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
    private final SettingsViewModel vm = new SettingsViewModel(desk.stores().settings(), desk.officer(),
            desk.office().roster(), desk.office().changes(), new SameThreadTaskRunner(),
            Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), switched::add);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aHandoverChangesWhoEntersRecordsAndIsLogged() {
        desk.office().roster().appointDutyOfficer("李文博", LocalDate.of(2025, 12, 1), null, "系统");
        vm.load();
        assertEquals(List.of("李文博"), vm.dutyOfficers());
        vm.nextOfficer().set("李文博");
        vm.handoverNote().set("五当召旅游公路临时管制仍在执行");
        vm.handOver();
        assertEquals("李文博", desk.officer().name());
        assertEquals("李文博", vm.currentOfficer().get());
        assertTrue(desk.stores().log().day(LocalDate.of(2026, 1, 12)).stream().anyMatch(e ->
                e.category() == LogCategory.NOTE && e.author().equals("王海燕")
                        && e.text().equals("值班交接：王海燕 交班，李文博 接班。交接事项：五当召旅游公路临时管制仍在执行")));
    }

    @Test
    void theScreenSaysWhichStoreIsInUse() {
        assertEquals("本机内置数据库（数据目录 (内存数据库)）", desk.context().settingsModel().store().get());
        vm.showStore("db.office:5432/roaddesk", "roaddesk_app", "/home/duty/.roaddesk");
        assertEquals("PostgreSQL 服务器 db.office:5432/roaddesk，多个席位共用（以角色 roaddesk_app 登录）", vm.store().get());
    }

    @Test
    void aHandoverToNobodyOrToOneselfIsRefused() {
        vm.handOver();
        assertEquals("请填写接班人", vm.error().get());
        vm.nextOfficer().set("王海燕");
        vm.handOver();
        assertEquals("接班人与当前值班员相同", vm.error().get());
        assertEquals("王海燕", desk.officer().name());
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
