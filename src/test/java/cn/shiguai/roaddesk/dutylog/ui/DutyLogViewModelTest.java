package cn.shiguai.roaddesk.dutylog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.PhoneCalls;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The duty log screen's rules, on a fresh in-memory database with the real migrations, no toolkit. */
class DutyLogViewModelTest {
    private static final ZoneId SHIGUAI = ZoneId.of("Asia/Shanghai");
    private final TestClock clock = TestClock.at("2026-01-12T06:30:00Z"); // 14:30 in the district
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final DutyLogViewModel vm = new DutyLogViewModel(log, new PhoneCalls(db, log, SHIGUAI), new ChangeBus(),
            new SameThreadTaskRunner(), new SameThreadTaskRunner(), Messages.chinese(), clock, SHIGUAI, () -> "王海燕");

    @AfterEach
    void close() {
        db.close();
    }

    private void note(String text) {
        vm.newCategory().set(LogCategory.NOTE);
        vm.newText().set(text);
    }

    @Test
    void anEntryIsAddedWithItsTimeOfOccurrenceAndListedNewestFirst() {
        assertEquals("2026-01-12 14:30", vm.newOccurred().get());
        vm.newCategory().set(LogCategory.OBSERVATION);
        vm.newText().set("包石公路 K35 已撒盐");
        vm.newOccurred().set("2026-01-12 14:25");
        assertTrue(vm.add());
        clock.advance(Duration.ofMinutes(5));
        vm.newText().set("加强五当召旅游公路巡查");
        vm.newCategory().set(LogCategory.ORDER);
        assertTrue(vm.add());

        vm.load();
        assertEquals(2, vm.entries().size());
        LogEntryRow newest = vm.entries().get(0);
        assertEquals("指令", newest.category());
        assertEquals("王海燕", newest.author());
        assertEquals("2026-01-12 14:25", vm.entries().get(1).occurred());
        assertEquals("", vm.newText().get(), "the form is cleared after a successful add");
    }

    @Test
    void theFormRefusesWhatTheCommandLineRefusesInTheSameWords() {
        vm.newCategory().set(LogCategory.NOTE);
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
    void theTimeFollowsTheClockUntilTypedAndAgainAfterASave() {
        vm.tick();
        assertEquals("2026-01-12 14:30", vm.newOccurred().get());
        clock.advance(Duration.ofMinutes(11));
        vm.tick();
        assertEquals("2026-01-12 14:41", vm.newOccurred().get(), "an untouched time is now");
        vm.newOccurred().set("2026-01-12 14:35");
        clock.advance(Duration.ofMinutes(3));
        vm.tick();
        assertEquals("2026-01-12 14:35", vm.newOccurred().get(), "a typed time stays");
        note("K35 大桥复核");
        assertTrue(vm.add());
        assertEquals("2026-01-12 14:44", vm.newOccurred().get(), "after the save it is now again");
        clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertEquals("2026-01-12 14:46", vm.newOccurred().get());
        assertEquals(LocalDate.of(2026, 1, 12).atTime(14, 35).atZone(SHIGUAI).toInstant(),
                log.get(1).orElseThrow().occurredAt());
    }

    @Test
    void aTimeFarFromNowIsNamedAndTakesASecondEnterAndTheFutureIsRefused() {
        note("夜间巡查回报");
        vm.newOccurred().set("2026-01-12 12:17");
        assertFalse(vm.add(), "two hours ago needs a second Enter");
        assertEquals("发生时间比现在早 2 小时 13 分：如无误，再按一次 Enter（或保存）", vm.warning().get());
        assertEquals(0, log.verify().count());
        assertTrue(vm.add());
        assertEquals(1, log.verify().count());
        assertEquals("", vm.warning().get());

        note("预计到达");
        vm.newOccurred().set("2026-01-12 14:55");
        assertFalse(vm.add());
        assertTrue(vm.error().get().contains("比现在晚 25 分"), vm.error().get());
        assertFalse(vm.add(), "the future is refused however often Enter is pressed");
        assertEquals(1, log.verify().count());
    }

    @Test
    void theCategoryGoesBackToTheDefaultAfterEverySave() {
        vm.newCategory().set(LogCategory.PHONE_OUT);
        vm.form().caller().set("刘雪峰");
        vm.newText().set("通知交管大队加强巡逻");
        assertTrue(vm.add());
        assertEquals(LogCategory.PHONE_IN, vm.newCategory().get(), "an incoming call is never stored as 去电 by a sticky choice");
        assertEquals("", vm.form().caller().get());
    }

    @Test
    void aCallKeepsWhoCalledAndAPromisedCallBackStaysOpenUntilDone() {
        vm.newCategory().set(LogCategory.PHONE_IN);
        vm.newText().set("K35 大桥积雪 12 厘米，请求派铲雪车");
        assertFalse(vm.add());
        assertEquals("来电、去电须填写对方姓名", vm.error().get());
        vm.form().caller().set("李新明");
        vm.form().unit().set("区交通运输局");
        vm.form().number().set("13804721234");
        vm.form().callbackNeeded().set(true);
        assertEquals("2026-01-12 15:00", vm.form().callbackBy().get(), "half an hour after now by default");
        assertTrue(vm.add());
        LogEntry entry = log.get(1).orElseThrow();
        assertEquals("李新明（区交通运输局，13804721234）：K35 大桥积雪 12 厘米，请求派铲雪车；需回电（1月12日 15:00 前）",
                entry.text());
        vm.load();
        assertEquals(1, vm.openCallbacks().size());
        assertEquals(Instant.parse("2026-01-12T07:00:00Z"), vm.openCallbacks().get(0).due());

        vm.callbackDone(vm.openCallbacks().get(0), null);
        vm.load();
        assertTrue(vm.openCallbacks().isEmpty());
        assertTrue(log.get(2).orElseThrow().text().startsWith("已回电：李新明（第 1 条来电）"), log.get(2).orElseThrow().text());
        assertTrue(log.verify().intact());
    }

    @Test
    void anEmptyEntryOrABadTimeIsRefusedAndNothingIsWritten() {
        note("   ");
        assertFalse(vm.add());
        note("观察到路面结冰");
        vm.newOccurred().set("14:20");
        assertFalse(vm.add());
        assertFalse(vm.error().get().isEmpty());
        assertEquals("观察到路面结冰", vm.newText().get(), "what was typed stays");
        assertEquals(0, log.verify().count());
    }

    @Test
    void aCorrectionCanChangeCategoryTimeAndTextWithAReasonAndTheOriginalStays() {
        vm.newCategory().set(LogCategory.PHONE_OUT);
        vm.form().caller().set("李新明");
        vm.newText().set("K35 积雪 12 厘米");
        vm.newOccurred().set("2026-01-12 14:21");
        vm.add();
        vm.load();
        LogEntryRow original = vm.entries().get(0);
        LogCorrectionForm correction = vm.correction(original);
        assertEquals(LogCategory.PHONE_OUT, correction.category().get());
        assertEquals("2026-01-12 14:21", correction.occurred().get());
        assertFalse(vm.correct(correction), "nothing changed and no reason");
        correction.category().set(LogCategory.PHONE_IN);
        correction.occurred().set("2026-01-12 14:11");
        correction.text().set("李新明（区交通运输局）来电：K35 积雪 21 厘米");
        assertEquals("更正须填写理由", correction.problem());
        correction.reason().set("记错了方向和时间：是对方来电，14:11 打来");
        assertTrue(vm.correct(correction));

        vm.load();
        assertEquals(2, vm.entries().size());
        LogEntry written = log.get(2).orElseThrow();
        assertEquals(LogCategory.PHONE_IN, written.category());
        assertEquals(LocalDate.of(2026, 1, 12).atTime(14, 11).atZone(SHIGUAI).toInstant(), written.occurredAt());
        assertEquals("记错了方向和时间：是对方来电，14:11 打来", written.reason());
        assertEquals(1L, written.correctsSeq());
        LogEntryRow shownOriginal = vm.entries().stream().filter(r -> r.seq() == 1).findFirst().orElseThrow();
        assertTrue(shownOriginal.corrected());
        assertTrue(log.get(1).orElseThrow().text().endsWith("K35 积雪 12 厘米"), "the original is never changed");
        assertEquals(LogCategory.PHONE_OUT, log.get(1).orElseThrow().category());
        assertTrue(log.verify().intact(), "the reason is part of the chain");
        assertNull(log.get(1).orElseThrow().reason());
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        for (String text : new String[] {"固阳县方向降雪", "通知交管大队", "五当召镇积雪 15 厘米"}) {
            vm.newCategory().set(text.startsWith("通知") ? LogCategory.ORDER : LogCategory.OBSERVATION);
            vm.newText().set(text);
            vm.add();
        }
        vm.categories().add(LogCategory.ORDER);
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
        note("前一天的记录");
        vm.newOccurred().set("2026-01-11 22:00");
        vm.add();
        assertTrue(vm.add(), "confirmed the second time");
        vm.load();
        assertTrue(vm.entries().isEmpty(), "today shows today only");
        vm.from().set(LocalDate.of(2026, 1, 11));
        vm.load();
        assertEquals(1, vm.entries().size());
    }

    @Test
    void theChainStatusSaysIntactOrWhereItBroke() {
        note("第一条");
        vm.add();
        note("第二条");
        vm.add();
        vm.verify();
        assertEquals(Boolean.TRUE, vm.chainIntact().get());
        assertTrue(vm.chainStatus().get().startsWith("值班日志完整：共 2 条"), vm.chainStatus().get());
        TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改过' WHERE seq = 2");
        vm.verify();
        assertEquals(Boolean.FALSE, vm.chainIntact().get());
        assertTrue(vm.chainStatus().get().contains("第 2 条被改动过"), vm.chainStatus().get());
    }

    @Test
    void theChainStatusNamesARecordEditedBehindTheAppsBack() {
        long call = new PhoneCalls(db, log, SHIGUAI).record(cn.shiguai.roaddesk.dutylog.LogDraft.of("王海燕",
                cn.shiguai.roaddesk.dutylog.LogCategory.PHONE_IN, "交管大队来电"), new cn.shiguai.roaddesk.dutylog.PhoneCall(
                cn.shiguai.roaddesk.dutylog.PhoneCall.Direction.IN, "李新明", "交管大队", "13804721234", null));
        vm.verify();
        assertEquals(Boolean.TRUE, vm.chainIntact().get());
        TestDatabases.tamper(db, "DROP TRIGGER phone_call_append_only",
                "UPDATE phone_call SET caller = '别人' WHERE id = " + call);
        vm.verify();
        assertEquals(Boolean.FALSE, vm.chainIntact().get());
        assertTrue(vm.chainStatus().get().contains("电话 #" + call + " 在记录后被改动（值班日志 #1 所记与现存不符）"),
                vm.chainStatus().get());
    }

    @Test
    void aCheckResultIsMarkedOutdatedOnceTheLogHasMoreEntries() {
        note("第一条");
        vm.add();
        vm.verify();
        assertEquals(Boolean.TRUE, vm.chainIntact().get());
        note("第二条");
        vm.add();
        assertEquals(null, vm.chainIntact().get(), "a green 完整 no longer speaks for the log");
        assertTrue(vm.chainStatus().get().startsWith("（已过时：此后又有新条目，请重新校验）值班日志完整：共 1 条"),
                vm.chainStatus().get());
        vm.verify();
        assertTrue(vm.chainStatus().get().startsWith("值班日志完整：共 2 条"), vm.chainStatus().get());
    }
}
