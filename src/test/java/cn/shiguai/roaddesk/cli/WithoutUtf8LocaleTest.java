package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 4: without a UTF-8 locale (cron, services, {@code env -i}) Chinese arguments
 * were stored as U+FFFD for ever, and a Chinese file name ended in a stack trace. Each case runs
 * the launcher in a child JVM with an empty environment.
 */
class WithoutUtf8LocaleTest {
    private static final String REPORT = "值班员 报告：白狐沟 积雪 12 厘米";

    @TempDir
    Path dir;

    private String onlyEntryText(Path data) throws IOException, InterruptedException {
        EmptyEnvironment list = EmptyEnvironment.run(dir, "--data-dir", data.toString(), "log", "list", "--format", "jsonl");
        assertEquals(0, list.status(), list.err());
        return new ObjectMapper().readTree(list.out().strip()).get("text").asText();
    }

    private static void assertSentenceWithoutTrace(EmptyEnvironment run) {
        String said = run.out() + run.err();
        assertFalse(said.isBlank());
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertFalse(said.contains("\uFFFD"), "the message itself must be readable: " + said);
    }

    @Test
    void aChineseArgumentIsStoredAsTyped() throws Exception {
        Path data = dir.resolve("data");
        EmptyEnvironment add = EmptyEnvironment.run(dir, "--data-dir", data.toString(), "log", "add", REPORT);
        assertEquals(0, add.status(), add.err());
        assertEquals(REPORT, onlyEntryText(data));
    }

    @Test
    void aTextFileInUtf8OrGb18030AndStandardInputAreReadAsTyped() throws Exception {
        Path utf8 = Files.write(dir.resolve("utf8.txt"), REPORT.getBytes(StandardCharsets.UTF_8));
        Path gb = Files.write(dir.resolve("gb.txt"), (REPORT + "（GB18030）").getBytes(Charset.forName("GB18030")));
        Path data = dir.resolve("data");
        assertEquals(0, EmptyEnvironment.run(dir, "--data-dir", data.toString(), "log", "add", "--text-file",
                utf8.toString()).status());
        assertEquals(0, EmptyEnvironment.run(dir, "--data-dir", data.toString(), "log", "add", "--text-file",
                gb.toString()).status());
        EmptyEnvironment stdin = EmptyEnvironment.run(dir, (REPORT + "（标准输入）\n").getBytes(StandardCharsets.UTF_8),
                "--data-dir", data.toString(), "log", "add", "-");
        assertEquals(0, stdin.status(), stdin.err());
        EmptyEnvironment list = EmptyEnvironment.run(dir, "--data-dir", data.toString(), "log", "list", "--format", "jsonl");
        String[] lines = list.out().strip().split("\n");
        assertEquals(3, lines.length, list.out());
        ObjectMapper json = new ObjectMapper();
        assertEquals(REPORT, json.readTree(lines[0]).get("text").asText());
        assertEquals(REPORT + "（GB18030）", json.readTree(lines[1]).get("text").asText());
        assertEquals(REPORT + "（标准输入）", json.readTree(lines[2]).get("text").asText());
    }

    @Test
    void aChineseDataDirectoryOrScenarioFileEndsInASentence() throws Exception {
        EmptyEnvironment dataDir = EmptyEnvironment.run(dir, "--data-dir", dir.resolve("值班数据").toString(), "log", "list");
        assertEquals(2, dataDir.status(), dataDir.out() + dataDir.err());
        assertSentenceWithoutTrace(dataDir);
        assertTrue(dataDir.err().contains("LANG=C.UTF-8"), dataDir.err());

        Path scenario = dir.resolve("s.json");
        try (InputStream in = getClass().getResourceAsStream("/scenarios/01-heavy-snow-level-ii.json")) {
            Files.write(scenario, in.readAllBytes());
        }
        EmptyEnvironment evaluate = EmptyEnvironment.run(dir, "evaluate", dir.resolve("大雪情景.json").toString());
        assertEquals(2, evaluate.status(), evaluate.out() + evaluate.err());
        assertSentenceWithoutTrace(evaluate);
        EmptyEnvironment rules = EmptyEnvironment.run(dir, "evaluate", "--rule-set", dir.resolve("规则.json").toString(),
                scenario.toString());
        assertEquals(2, rules.status(), rules.out() + rules.err());
        assertSentenceWithoutTrace(rules);
        EmptyEnvironment out = EmptyEnvironment.run(dir, "--data-dir", dir.resolve("data").toString(), "report", "daily",
                "--date", "2026-01-12", "--out", dir.resolve("日报.pdf").toString());
        assertEquals(2, out.status(), out.out() + out.err());
        assertSentenceWithoutTrace(out);
    }
}
