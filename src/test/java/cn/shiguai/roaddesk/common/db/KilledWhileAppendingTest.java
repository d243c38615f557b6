package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while entries are being written: every entry whose append returned (the child printed
 * its number) is there afterwards, and the chain verifies. Several rounds on the same database.
 */
class KilledWhileAppendingTest {
    private static final int[] KILL_AFTER = {37, 151, 5, 90};

    @TempDir
    Path dir;

    @Test
    void everyReturnedAppendSurvivesAKill() throws Exception {
        long expectedAtLeast = 0;
        for (int round = 0; round < KILL_AFTER.length; round++) {
            List<Long> printed = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(AppendUntilKilled.class, dir.toString())) {
                assertEquals("READY", child.nextLine());
                while (printed.size() < KILL_AFTER[round]) {
                    String line = child.nextLine();
                    assertNotNull(line, "the child died on its own");
                    printed.add(Long.parseLong(line.substring("APPENDED ".length())));
                }
                child.kill(); // while it goes on appending
            }
            try (Database db = Database.open(DataDirectory.of(dir), Clock.systemUTC())) {
                DutyLog log = new DutyLog(db);
                for (long seq : printed) {
                    assertTrue(log.get(seq).isPresent(), "round " + round + ": entry " + seq + " was lost");
                }
                ChainReport report = log.verify();
                assertTrue(report.intact(), "round " + round + ": " + report);
                assertTrue(report.count() >= expectedAtLeast + printed.size());
                expectedAtLeast = report.count();
            }
        }
    }
}
