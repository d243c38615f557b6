package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start on a server (issue 15, item 1), without the toolkit: two seats start on one
 * database and see the same roster; neither runs a desk channel or writes an embedded file, and
 * each closes without a backup of a file it does not have.
 */
class StartupOnServerTest {
    @TempDir
    Path dir;

    @Test
    void twoSeatsStartOnOneServerAndCloseCleanly() throws Exception {
        StoreChoice.Server server = TestPostgres.freshServer(dir.resolve("seat1"));
        TestPostgres.writeProperties(dir.resolve("seat1"), server);
        TestPostgres.writeProperties(dir.resolve("seat2"), server);

        Startup.Started first = Startup.start(new WindowOptions(dir.resolve("seat1").toString(), null), Clock.systemUTC());
        Startup.Started second = Startup.start(new WindowOptions(dir.resolve("seat2").toString(), null, server.url()),
                Clock.systemUTC());
        try {
            assertTrue(first.database().server().isPresent());
            assertNull(first.channel(), "no desk channel: commands reach the server themselves");
            assertTrue(first.backups().backupIfDue().isEmpty(), "the server is backed up by the office, not a seat");
            assertEquals(first.office().roster().roster().terms().size(),
                    second.office().roster().roster().terms().size(), "both seats see the one roster on the server");
            assertTrue(second.office().stores().log().verify().intact());
        } finally {
            first.shutDown();
            second.shutDown();
        }
        for (String seat : new String[]{"seat1", "seat2"}) {
            assertFalse(Files.exists(dir.resolve(seat).resolve("roaddesk.mv.db")), seat);
            try (var files = Files.list(dir.resolve(seat).resolve("backups"))) {
                assertEquals(0, files.count(), seat + " took no backup");
            }
        }
    }
}
