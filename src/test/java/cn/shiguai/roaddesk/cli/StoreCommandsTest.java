package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void addListAndVerifyTheLog() throws IOException {
        CliRun first = run("log", "add", "--category", "PHONE_IN", "交管大队来电：", "K12", "弯道结冰");
        assertEquals(0, first.status(), first.err());
        assertEquals("1", first.out().strip());
        assertEquals("2", run("log", "add", "交班").out().strip());

        CliRun text = run("log", "list");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("[来电]  系统  交管大队来电： K12 弯道结冰"), text.out());

        CliRun jsonl = run("log", "list", "--format", "jsonl");
        String[] lines = jsonl.lines();
        assertEquals(2, lines.length, jsonl.out());
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertEquals(2, second.get("seq").asInt());
        assertEquals("NOTE", second.get("category").asText());
        assertEquals("系统", second.get("author").asText());
        assertEquals(new ObjectMapper().readTree(lines[0]).get("hash").asText(), second.get("prevHash").asText());

        CliRun verify = run("log", "verify");
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertEquals(second.get("hash").asText(), verify.out().strip());
    }

    @Test
    void listsOnlyTheDaysAsked() {
        run("log", "add", "今天的记录");
        assertEquals("", run("log", "list", "--from", "2000-01-01", "--to", "2000-01-02").out().strip());
        assertEquals(2, run("log", "list", "--from", "2000-01-01", "--to", "2000-01-0x").status());
    }

    @Test
    void verifyExitsThreeNamingTheEditedEntry() {
        for (int i = 0; i < 5; i++) {
            run("log", "add", "记录 " + i);
        }
        try (Database db = Database.open(DataDirectory.of(dir.resolve("data")), Clock.systemUTC())) {
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only", "UPDATE duty_log SET text = '改过' WHERE seq = 3");
        }
        CliRun verify = run("log", "verify");
        assertEquals(3, verify.status());
        assertTrue(verify.out().contains("第 3 条被改动过"), verify.out());
        CliRun english = CliRun.of("--data-dir", dir.resolve("data").toString(), "--lang", "en", "log", "verify");
        assertTrue(english.out().contains("entry 3 was edited"), english.out());
    }

    @Test
    void refusesCategoriesThatAreNotFree() {
        CliRun refused = run("log", "add", "--category", "DECISION", "启动一级响应");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("PHONE_IN"), refused.err());
    }

    @Test
    void backupThenRestoreIntoAnEmptyDirectory() throws IOException {
        run("log", "add", "备份前的记录");
        CliRun backup = run("backup");
        assertEquals(0, backup.status(), backup.out() + backup.err());
        Path zip;
        try (Stream<Path> files = Files.list(dir.resolve("data").resolve("backups"))) {
            // The zip, not the manifest written beside it.
            zip = files.filter(p -> p.getFileName().toString().startsWith("manual-"))
                    .filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        assertTrue(backup.out().contains(zip.toString()), backup.out());

        Path elsewhere = dir.resolve("restored");
        CliRun restore = CliRun.of("--data-dir", elsewhere.toString(), "restore", zip.toString());
        assertEquals(0, restore.status(), restore.out() + restore.err());
        CliRun list = CliRun.of("--data-dir", elsewhere.toString(), "log", "list");
        assertTrue(list.out().contains("备份前的记录"), list.out());
        assertEquals(0, CliRun.of("--data-dir", elsewhere.toString(), "log", "verify").status());
    }

    @Test
    void backupToANamedFile() {
        run("log", "add", "记录");
        Path target = dir.resolve("copies").resolve("mine.zip");
        CliRun backup = run("backup", target.toString());
        assertEquals(0, backup.status(), backup.out() + backup.err());
        assertTrue(Files.isRegularFile(target));
    }

    @Test
    void restoreNeverOverwritesALiveDatabase() throws IOException {
        run("log", "add", "现有数据");
        Path copy = dir.resolve("copy.zip");
        run("backup", copy.toString());
        run("log", "add", "备份之后的数据");
        byte[] before = Files.readAllBytes(dir.resolve("data").resolve("roaddesk.mv.db"));

        CliRun refused = run("restore", copy.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("不能覆盖"), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("data").resolve("roaddesk.mv.db"))));
        assertTrue(run("log", "list").out().contains("备份之后的数据"));
    }

    @Test
    void restoreOfAMissingFileSaysSo() {
        CliRun refused = CliRun.of("--data-dir", dir.resolve("empty").toString(), "restore",
                dir.resolve("nope.zip").toString());
        assertEquals(1, refused.status());
        assertFalse(refused.err().isBlank());
    }
}
