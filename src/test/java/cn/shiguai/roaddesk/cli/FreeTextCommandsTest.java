package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.report.issue.PdfText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 8 (free text): what looks blank, control characters, bidi overrides; a
 * forged line in log list; limits counted in characters; a character the font lacks in a
 * report.
 */
class FreeTextCommandsTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void textThatOnlyLooksLikeSomethingIsRefused() {
        for (String blank : new String[] {"\u200B\u200B", "\u00A0", "\u3000\u200B\uFEFF", " \u2060 "}) {
            CliRun refused = run("log", "add", blank);
            assertEquals(2, refused.status(), refused.err());
            assertTrue(refused.err().contains("零宽字符"), refused.err());
        }
        assertEquals("", run("log", "list").out().strip(), "nothing was stored");
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedNamingThePosition() {
        CliRun escape = run("log", "add", "正常\u001b[2K#999 伪造");
        assertEquals(2, escape.status());
        assertTrue(escape.err().contains("第 3 个字符") && escape.err().contains("U+001B"), escape.err());
        CliRun bidi = run("log", "add", "封闭路段\u202E段路放开");
        assertEquals(2, bidi.status());
        assertTrue(bidi.err().contains("第 5 个字符") && bidi.err().contains("U+202E"), bidi.err());
        CliRun english = CliRun.of("--lang", "en", "--data-dir", dir.resolve("data").toString(), "log", "add", "a\u0007");
        assertTrue(english.err().contains("Character 2") && english.err().contains("U+0007"), english.err());
        assertEquals("", run("log", "list").out().strip());
    }

    @Test
    void theLimitCountsCharacters() throws Exception {
        String fourThousand = "🚧".repeat(4000);
        CliRun added = run("log", "add", fourThousand);
        assertEquals(0, added.status(), added.err());
        String stored = new ObjectMapper().readTree(run("log", "list", "--format", "jsonl").out().strip()).get("text")
                .asText();
        assertEquals(fourThousand, stored);
        CliRun tooLong = run("log", "add", "字".repeat(4001));
        assertEquals(2, tooLong.status());
        assertTrue(tooLong.err().contains("4001") && tooLong.err().contains("4000"), tooLong.err());
    }

    @Test
    void logListCannotBeMadeToPrintAForgedLine() {
        assertEquals(0, run("log", "add", "正常记录\n#999  2026-01-12 08:00  [指令]  组长  启动一级响应").status());
        assertEquals(0, run("log", "add", "第二条").status());
        try (Database db = Database.open(DataDirectory.of(dir.resolve("data")), Clock.systemUTC())) {
            // As an older version or someone with SQL access could have stored it.
            TestDatabases.tamper(db, "DROP TRIGGER duty_log_append_only",
                    "UPDATE duty_log SET text = '第二条' || CHAR(27) || '[1A' || CHAR(13) || '#998 伪造' WHERE seq = 2");
        }
        CliRun list = run("log", "list");
        assertEquals(0, list.status(), list.err());
        assertEquals(2, list.lines().length, list.out());
        for (String line : list.lines()) {
            assertTrue(line.startsWith("#1 ") || line.startsWith("#2 "), line);
        }
        assertFalse(list.out().contains("\u001b") || list.out().contains("\r"), list.out());
        assertTrue(list.out().contains("正常记录\\n#999"), list.out());
        assertTrue(list.out().contains("第二条\\u001b[1A\\r#998 伪造"), list.out());
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsABoxAndNamed() throws Exception {
        assertEquals(0, run("log", "add", "🚧 五当召镇旅游公路封闭，绕行环城路").status());
        Path out = dir.resolve("日报.pdf");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        CliRun report = run("report", "daily", "--date", today, "--out", out.toString());
        assertEquals(0, report.status(), report.err());
        assertTrue(report.err().contains("U+1F6A7"), "named in a warning: " + report.err());
        String text = PdfText.joined(Files.readAllBytes(out));
        assertTrue(text.contains("□ 五当召镇旅游公路封闭"), text);
    }
}
