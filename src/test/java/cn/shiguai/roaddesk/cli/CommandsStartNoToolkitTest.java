package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.Launcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluate command must run where there is no display: it may not even load JavaFX.
 * A child JVM with the test class path prints every class it loads; none may be JavaFX's.
 */
class CommandsStartNoToolkitTest {

    @Test
    void evaluateLoadsNoJavaFxClass(@TempDir Path dir) throws IOException, InterruptedException {
        Path scenario = dir.resolve("s.json");
        try (InputStream in = getClass().getResourceAsStream("/scenarios/01-heavy-snow-level-ii.json")) {
            Files.write(scenario, in.readAllBytes());
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin.toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "evaluate", scenario.toString()));
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("\"level\":\"II\""), output);
        assertTrue(output.contains("cn.shiguai.roaddesk.rules.RulesEngine"), "the class log must be there to be checked");
        assertFalse(output.lines().anyMatch(l -> l.contains("[class,load] javafx.")),
                "a JavaFX class was loaded by the evaluate command");
    }
}
