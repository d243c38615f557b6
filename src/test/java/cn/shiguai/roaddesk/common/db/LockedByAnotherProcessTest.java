package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedByAnotherProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondInstanceIsToldWhichDirectoryIsHeldAndChangesNothing() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "第一个实例的记录"));
        }
        try (ChildJvm other = ChildJvm.start(HoldOpen.class, dir.toString())) {
            assertEquals("READY", other.nextLine());

            Instant start = Instant.now();
            DataAccessException refused = assertThrows(DataAccessException.class,
                    () -> Database.open(data, Clock.systemUTC()));
            Duration took = Duration.between(start, Instant.now());

            assertEquals(FailureReason.LOCKED, refused.reason());
            String message = refused.message(Messages.chinese());
            assertTrue(message.contains(data.path().toString()), message);
            assertTrue(message.contains("另一个正在运行的 RoadDesk"), message);
            assertTrue(refused.message(Messages.english()).contains("another running RoadDesk"));
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "no retry loop: took " + took);
            other.process().getOutputStream().close();
            other.process().waitFor();
        }
        try (Database db = Database.open(data, Clock.systemUTC())) {
            DutyLog log = new DutyLog(db);
            assertEquals(1, log.verify().count());
            assertTrue(log.verify().intact());
        }
    }
}
