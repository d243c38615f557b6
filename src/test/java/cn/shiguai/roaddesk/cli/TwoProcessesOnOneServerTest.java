package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "done when": {@code roaddesk --db … log add} from two processes at once, repeated,
 * leaves {@code log verify} intact with every confirmed entry present. Each process is a seat
 * with its own data directory, its role taken from ROADDESK_DB_USER and ROADDESK_DB_PASSWORD.
 */
class TwoProcessesOnOneServerTest {
    private static final int APPENDS = 25;

    @TempDir
    Path dir;

    @Test
    void twoProcessesAppendingAtOnceLeaveOneWholeChain() throws Exception {
        StoreChoice.Server server = TestPostgres.freshServer(dir);
        Database.open(server, Clock.systemUTC(), Database.Mode.WRITE).close();
        List<Process> seats = new ArrayList<>();
        for (String seat : new String[]{"值班台", "主任室"}) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LogAddLoop.class.getName(),
                    dir.resolve(seat).toString(), server.url(), String.valueOf(APPENDS), seat);
            builder.environment().put("ROADDESK_DB_USER", server.seat().user());
            builder.environment().put("ROADDESK_DB_PASSWORD", server.seat().password());
            builder.environment().remove("ROADDESK_DB_OWNER_USER");
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            seats.add(builder.start());
        }
        Set<Long> confirmed = new TreeSet<>();
        for (Process seat : seats) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(seat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line : out.lines().toList()) {
                    assertTrue(line.startsWith("ok "), line);
                    assertTrue(confirmed.add(Long.parseLong(line.substring(3))), "given twice: " + line);
                }
            }
            assertTrue(seat.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, seat.exitValue());
        }
        assertEquals(LongStream.rangeClosed(1, 2L * APPENDS).boxed().collect(Collectors.toCollection(TreeSet::new)),
                confirmed);
        TestPostgres.writeProperties(dir.resolve("check"), server);
        CliRun verified = CliRun.of("--data-dir", dir.resolve("check").toString(), "log", "verify");
        assertEquals(0, verified.status(), verified.out() + verified.err());
        assertTrue(verified.err().contains(String.valueOf(2 * APPENDS)), verified.err());
    }
}
