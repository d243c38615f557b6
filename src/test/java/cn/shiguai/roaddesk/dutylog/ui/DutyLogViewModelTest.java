package cn.shiguai.roaddesk.dutylog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The duty log screen's rules, on a fresh in-memory database with the real migrations, no toolkit. */
class DutyLogViewModelTest {
    private final TestClock clock = TestClock.at("2026-01-12T06:30:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final DutyLogViewModel vm = new DutyLogViewModel(log, new ChangeBus(), new SameThreadTaskRunner(),
            Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), () -> "王海燕");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEntryIsAddedWithItsTimeOfOccurrenceAndListedNewestFirst() {
        assertEquals("2026-01-12 14:30", vm.newOccurred().get());
        vm.newCategory().set(LogCategory.PHONE_IN);
        vm.newText().set("交通运输局来电：包石公路 K35 已撒盐");
        vm.newOccurred().set("2026-01-12 14:20");
        assertTrue(vm.add());
        clock.advance(Duration.ofMinutes(5));
        vm.newText().set("指令：加强五当召旅游公路巡查");
        vm.newCategory().set(LogCategory.ORDER);
        assertTrue(vm.add());

        vm.load();
        assertEquals(2, vm.entries().size());
        LogEntryRow newest = vm.entries().get(0);
        assertEquals("指令", newest.category());
        assertEquals("王海燕", newest.author());
        assertEquals("2026-01-12 14:20", vm.entries().get(1).occurred());
        assertEquals("", vm.newText().get(), "the form is cleared after a successful add");
    }

    @Test
    void theFormRefusesWhatTheCommandLineRefusesInTheSameWords() {
        vm.newText().set("\u200B\u00A0");
        assertFalse(vm.add());
        assertTrue(vm.error().get().contains("零宽字符"), vm.error().get());
        vm.newText().set("来电\u001b[31m");
        assertFalse(vm.add());
        assertTrue(vm.error().get().contains("第 3 个字符") && vm.error().get().contains("U+001B"), vm.error().get());
        vm.newText().set("🚧".repeat(4000));
        assertEquals("", vm.problem(), "4,000 characters, however many UTF-16 units");
        assertEquals(0, log.verify().count());
    }

    @Test
    void anEmptyEntryOrABadTimeIsRefusedAndNothingIsWritten() {
        vm.newText().set("   ");
        assertFalse(vm.add());
        vm.newText().set("观察到路面结冰");
        vm.newOccurred().set("14:20");
        assertFalse(vm.add());
        assertFalse(vm.error().get().isEmpty());
        assertEquals("观察到路面结冰", vm.newText().get(), "what was typed stays");
        assertEquals(0, log.verify().count());
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalIsShownCorrected() {
        vm.newText().set("K35 积雪 12 厘米");
        vm.add();
        vm.load();
        LogEntryRow original = vm.entries().get(0);
        assertTrue(vm.correct(original, "K35 积雪 21 厘米"));
        vm.load();
        assertEquals(2, vm.entries().size());
        LogEntryRow correction = vm.entries().stream().filter(r -> r.seq() == 2).findFirst().orElseThrow();
        LogEntryRow shownOriginal = vm.entries().stream().filter(r -> r.seq() == 1).findFirst().orElseThrow();
        assertTrue(correction.text().startsWith("（更正第 1 条）"), correction.text());
        assertTrue(shownOriginal.corrected());
        assertTrue(shownOriginal.text().contains("K35 积雪 12 厘米") && shownOriginal.text().contains("已被第 2 条更正"));
        assertEquals("K35 积雪 12 厘米", log.get(1).orElseThrow().text(), "the original is never changed");
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        for (String text : new String[] {"来电：固阳县方向降雪", "去电：通知交管大队", "来电：五当召镇积雪 15 厘米"}) {
            vm.newCategory().set(text.startsWith("来电") ? LogCategory.PHONE_IN : LogCategory.PHONE_OUT);
            vm.newText().set(text);
            vm.add();
        }
        vm.categories().add(LogCategory.PHONE_OUT);
        vm.load();
        assertEquals(1, vm.entries().size());
        vm.categories().clear();
        vm.search().set("积雪");
        vm.load();
        assertEquals(1, vm.entries().size());
        assertTrue(vm.entries().get(0).text().contains("五当召镇"));
    }

    @Test
    void otherDaysAreReachedByTheRange() {
        vm.newText().set("前一天的记录");
        vm.newOccurred().set("2026-01-11 22:00");
        vm.add();
        vm.load();
        assertTrue(vm.entries().isEmpty(), "today shows today only");
        vm.from().set(LocalDate.of(2026, 1, 11));
        vm.load();
        assertEquals(1, vm.entries().size());
    }

    @Test
    void theChainStatusSaysIntactOrWhereItBroke() {
        vm.newText().set("第一条");
        vm.add();
        vm.newText().set("第二条");
        vm.add();
        vm.verify();
        assertEquals(Boolean.TRUE, vm.chainIntact().get());
        assertTrue(vm.chainStatus().get().startsWith("值班日志完整：共 2 条"), vm.chainStatus().get());
        TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改过' WHERE seq = 2");
        vm.verify();
        assertEquals(Boolean.FALSE, vm.chainIntact().get());
        assertTrue(vm.chainStatus().get().contains("第 2 条被改动过"), vm.chainStatus().get());
    }
}
