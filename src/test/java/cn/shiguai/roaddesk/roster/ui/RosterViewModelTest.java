package cn.shiguai.roaddesk.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RosterViewModelTest {
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final RosterViewModel vm = new RosterViewModel(desk.office().roster(), new SameThreadTaskRunner(),
            Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), desk.officer()::name, desk.office().changes());

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theOfficeDirectorIsMarkedWhereverHeHoldsAPost() {
        vm.load();
        assertEquals(9, vm.current().size());
        RosterRow trafficPolice = vm.current().stream().filter(r -> r.positionKey().equals("TRAFFIC_POLICE")).findFirst().orElseThrow();
        assertEquals("刘雪峰", trafficPolice.person());
        assertTrue(trafficPolice.director());
        assertEquals("副组长（兼应急办主任）", trafficPolice.role());
        RosterRow office = vm.current().stream().filter(r -> r.positionKey().equals("EMERGENCY_OFFICE")).findFirst().orElseThrow();
        assertEquals("主任", office.role());
        assertFalse(vm.current().stream().filter(r -> r.positionKey().equals("TRANSPORT")).findFirst().orElseThrow().director());
    }

    @Test
    void aChangeOfHolderKeepsTheHistoryAndIsCheckedFirst() {
        vm.load();
        assertTrue(vm.problemWithChange("TRANSPORT", "赵志刚", LocalDate.of(2018, 5, 1)).startsWith("不能这样更换"));
        assertEquals("请填写新任职人", vm.problemWithChange("TRANSPORT", " ", LocalDate.of(2026, 1, 12)));
        assertEquals("", vm.problemWithChange("TRANSPORT", "赵志刚", LocalDate.of(2026, 1, 12)));
        List<String> failures = new ArrayList<>();
        vm.changeHolder("TRANSPORT", "赵志刚", LocalDate.of(2026, 1, 12), "区委任命", () -> { }, failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        vm.load();
        vm.selectedPosition().set("TRANSPORT");
        assertEquals(List.of("赵志刚", "李新明"), vm.history().stream().map(RosterRow::person).toList());
        assertEquals("2026-01-11", vm.history().get(1).until());
    }

    @Test
    void dutyOfficersAreAppointedAndEnded() {
        List<String> failures = new ArrayList<>();
        vm.appointDutyOfficer("李文博", LocalDate.of(2026, 1, 1), () -> { }, failures::add);
        vm.load();
        assertEquals(List.of("李文博"), vm.dutyOfficers().stream().map(RosterRow::person).toList());
        vm.endDutyOfficer(vm.dutyOfficers().get(0), () -> { }, failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
        vm.load();
        assertTrue(vm.dutyOfficers().isEmpty(), "an ended term leaves the list");
        assertEquals(LocalDate.of(2026, 1, 12), desk.stores().roster().roster().history("EMERGENCY_OFFICE").stream()
                .filter(t -> t.person().equals("李文博")).findFirst().orElseThrow().end(), "and stays on the record");
    }
}
