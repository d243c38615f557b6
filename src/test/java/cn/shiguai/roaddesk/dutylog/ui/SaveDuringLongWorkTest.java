package cn.shiguai.roaddesk.dutylog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.fx.ExecutorTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.PhoneCalls;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A save never waits behind long work: while the queue of long work is held (as by a verify of
 * a large chain or a backup), an entry typed in the log is saved on the queue of saves.
 */
class SaveDuringLongWorkTest {
    private final TestClock clock = TestClock.at("2026-01-12T06:30:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final ExecutorTaskRunner saves = new ExecutorTaskRunner("saves");
    private final ExecutorTaskRunner longWork = new ExecutorTaskRunner("long work");
    private final DutyLogViewModel vm = new DutyLogViewModel(log, new PhoneCalls(db, log, ZoneId.of("Asia/Shanghai")),
            new ChangeBus(), saves, longWork, Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), () -> "王海燕");

    @AfterEach
    void close() {
        saves.close();
        longWork.close();
        db.close();
    }

    @Test
    void anEntryIsSavedWhileAVerifyWaitsBehindLongWork() throws Exception {
        CountDownLatch longJobRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        longWork.run(() -> {
            longJobRunning.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }, done -> { }, failed -> { });
        assertTrue(longJobRunning.await(10, TimeUnit.SECONDS));
        vm.verify();

        vm.newCategory().set(cn.shiguai.roaddesk.dutylog.LogCategory.NOTE);
        vm.newText().set("交通运输局来电：包石公路 K35 已撒盐");
        assertTrue(vm.add());
        saves.drain();
        assertEquals(1, log.day(LocalDate.of(2026, 1, 12)).size(), "saved while the long work still runs");
        assertEquals("正在校验日志链…", vm.chainStatus().get(), "the verify is still waiting behind it");

        release.countDown();
        longWork.drain();
        assertTrue(vm.chainStatus().get().startsWith("值班日志完整：共 1 条"), vm.chainStatus().get());
    }

    @Test
    void aVerifyShowsHowFarItIsAndCanBeStopped() throws Exception {
        for (int i = 0; i < 5; i++) {
            log.append(cn.shiguai.roaddesk.dutylog.LogDraft.of("王海燕", cn.shiguai.roaddesk.dutylog.LogCategory.NOTE,
                    "巡查记录 " + i));
        }
        CountDownLatch release = new CountDownLatch(1);
        longWork.run(() -> release.await(30, TimeUnit.SECONDS), done -> { }, failed -> { });
        vm.verify();
        assertTrue(vm.chain().running().get());
        vm.chain().stop();
        release.countDown();
        longWork.drain();
        assertEquals(false, vm.chain().running().get());
        assertEquals("校验已停止：已核对前 5 条，未得出结论", vm.chainStatus().get());
        assertEquals(null, vm.chainIntact().get(), "a stopped verify concludes nothing");

        vm.verify();
        longWork.drain();
        assertEquals(1.0, vm.chain().progress().get());
        assertTrue(vm.chainStatus().get().startsWith("值班日志完整：共 5 条"), vm.chainStatus().get());
    }
}
