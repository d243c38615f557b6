package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands run where there is no display: a child JVM loads no JavaFX class. */
class StoreCommandsStartNoToolkitTest {

    @Test
    void logAddAndVerifyLoadNoJavaFxClass(@TempDir Path dir) throws IOException, InterruptedException {
        String add = run(dir, 0, "log", "add", "无窗口记录");
        assertTrue(add.lines().anyMatch("1"::equals), add);
        String verify = run(dir, 0, "log", "verify");
        assertTrue(verify.contains("cn.shiguai.roaddesk.dutylog.ChainVerifier"), "the class log must be there");
        assertFalse(verify.lines().anyMatch(l -> l.contains("[class,load] javafx.")), "a JavaFX class was loaded");
    }

    @Test
    void reportLoadsNoJavaFxClass(@TempDir Path dir) throws IOException, InterruptedException {
        String report = run(dir, 0, "report", "warning", "--date", "2026-01-12", "--out", dir.resolve("w.pdf").toString());
        assertTrue(report.contains("cn.shiguai.roaddesk.report.issue.DocumentService"), "the class log must be there");
        assertTrue(report.contains("cn.shiguai.roaddesk.report.pdf.PdfRenderer"), "it rendered");
        assertFalse(report.lines().anyMatch(l -> l.contains("[class,load] javafx.")), "a JavaFX class was loaded");
        assertTrue(java.nio.file.Files.size(dir.resolve("w.pdf")) > 1000);
    }

    private static String run(Path dir, int expectedStatus, String... command) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", dir.toString()));
        args.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(args);
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expectedStatus, p.exitValue(), output);
        return output;
    }
}
