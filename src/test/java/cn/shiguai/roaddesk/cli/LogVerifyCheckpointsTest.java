package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoint;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code log verify} checks the signed checkpoints too: what the chain alone passes as intact. */
class LogVerifyCheckpointsTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");

    @Test
    void theNewestEntriesDeletedTogetherAreReportedWithTheNewestCheckpointThatHolds() {
        long kept;
        try (Database db = Database.open(DataDirectory.of(dir), clock);
             Office office = Office.onCallingThread(db, TestDesk.RULES, clock)) {
            // A sign-in unlocks the officer's key; the command itself signs nothing.
            office.sessions().lockUntilSignIn();
            office.sessions().beginDesk("admin", "管理员的密码很长很长".toCharArray(), "王海燕",
                    "王海燕的密码也够长了".toCharArray());
            var checkpoints = office.checkpoints().orElseThrow();
            kept = checkpoints.write(Checkpoint.Reason.HANDOVER, "交接班").orElseThrow().entries();
            office.stores().log().append(LogDraft.of("王海燕", LogCategory.NOTE, "接到交警电话：G210 封闭"));
            checkpoints.write(Checkpoint.Reason.HANDOVER, "交接班").orElseThrow();
        }
        CliRun intact = CliRun.of("--data-dir", dir.toString(), "log", "verify");
        assertEquals(0, intact.status(), intact.out() + intact.err());
        assertTrue(intact.err().contains("签名检查点 2 个全部相符"), intact.err());
        try (Database db = Database.open(DataDirectory.of(dir), clock)) {
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "DROP TRIGGER duty_log_link_append_only",
                    "DELETE FROM duty_log_link WHERE seq > " + kept, "DELETE FROM duty_log WHERE seq > " + kept);
        }
        CliRun run = CliRun.of("--data-dir", dir.toString(), "log", "verify");
        assertEquals(3, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("值班日志完整：共 " + kept + " 条"), "the chain alone passes: " + run.err());
        assertTrue(run.out().contains("值班日志被截短：") && run.out().contains("现只有 " + kept + " 条"), run.out());
        assertTrue(run.out().contains("仍相符的最新检查点：") && run.out().contains("记有 " + kept + " 条"), run.out());
    }
}
