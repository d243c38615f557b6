package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, finding 1: on a nearly full disk, entries whose append was confirmed were lost when
 * a later command closed the database with compaction (H2 swapped in a copy it had not
 * finished), and verify then called the shorter log intact. Each "command" here opens and
 * closes the database as the desk does; the free space left varies around the sizes at which
 * the copy runs out of room.
 */
class FullDiskCompactionTest {
    private static final int BEFORE = 40;

    @TempDir
    Path dir;

    @AfterEach
    void restoreDisk() {
        FilePathFullDisk.unlimited();
    }

    @ParameterizedTest(name = "{0} bytes free")
    @ValueSource(longs = {32_000, 40_000, 46_656, 52_000, 60_000, 90_000})
    void noConfirmedEntryIsLostWhenTheDiskIsFull(long free) {
        FilePathFullDisk.register();
        OpenOptions fullDisk = new OpenOptions(FilePathFullDisk.SCHEME + ":file:", "");
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC(), fullDisk)) {
            DutyLog log = new DutyLog(db);
            for (int i = 0; i < BEFORE; i++) {
                log.append(LogDraft.of("王值班", LogCategory.NOTE, "磁盘满之前的记录 " + i));
            }
        }

        FilePathFullDisk.allowBytes(free);
        List<Long> confirmed = new ArrayList<>();
        for (String text : new String[] {"第五条", "第六条"}) {
            try (Database db = Database.open(data, Clock.systemUTC(), fullDisk)) {
                confirmed.add(new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, text)));
            } catch (DataAccessException refused) {
                // A refused append is not confirmed: nothing to keep.
            }
        }
        AtomicLong listed = new AtomicLong(-1);
        try (Database db = Database.open(data, Clock.systemUTC(), fullDisk)) {
            AtomicLong n = new AtomicLong();
            new DutyLog(db).forEachInChainOrder(e -> n.incrementAndGet());
            listed.set(n.get());
        } catch (DataAccessException refused) {
            // Refusing to list on a full disk is fine; losing entries is not.
        }

        FilePathFullDisk.unlimited();
        try (Database db = Database.open(data, Clock.systemUTC())) {
            DutyLog log = new DutyLog(db);
            ChainReport chain = log.verify();
            assertTrue(chain.intact(), chain.toString());
            assertEquals(BEFORE + confirmed.size(), chain.count(), "confirmed " + confirmed + ", listed " + listed);
            for (long seq : confirmed) {
                assertTrue(log.get(seq).isPresent(), "confirmed entry " + seq + " was lost");
            }
        }
    }
}
