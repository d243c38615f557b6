package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.report.issue.PdfText;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: documents written from the store without the window, for scheduled reports. */
class ReportCommandTest {
    private static final String DAY = "2026-01-12";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--data-dir", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private static String thisYear() {
        return String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    }

    @Test
    void aFreshDatabaseGetsItsReferenceDataAndADraftIsWritten() throws IOException {
        Path out = dir.resolve("日报.pdf");
        CliRun draft = run("report", "daily", "--date", DAY, "--out", out.toString());
        assertEquals(0, draft.status(), draft.err());
        assertTrue(draft.out().contains("已写入草稿"), draft.out());
        String text = PdfText.joined(Files.readAllBytes(out));
        assertTrue(text.contains("石拐区道路交通情况日报"), text);
        assertTrue(text.contains("草稿（发布时编号）"), text);
        assertTrue(text.contains("2026年1月12日0时至1月13日0时"), text);
    }

    @Test
    void issuingNumbersStoresAndLogsTheDocument() throws IOException {
        fillSampleDay();
        Path first = dir.resolve("first.pdf");
        CliRun issued = run("report", "daily", "--date", DAY, "--out", first.toString(), "--issue", "--by", "王海燕");
        assertEquals(0, issued.status(), issued.err());
        assertTrue(issued.out().contains(thisYear() + "年第1期"), issued.out());
        String text = PdfText.joined(Files.readAllBytes(first));
        assertTrue(text.contains(thisYear() + "年第1期"), text);
        assertFalse(text.contains("草稿"), text);
        assertTrue(text.contains("张占良"), "the response decided in the sample day");
        assertTrue(text.contains("王海燕"), "compiled by");

        CliRun second = run("report", "daily", "--date", DAY, "--out", dir.resolve("second.pdf").toString(), "--issue");
        assertTrue(second.out().contains(thisYear() + "年第2期"), second.out());
        CliRun bulletin = run("report", "bulletin", "--date", DAY, "--out", dir.resolve("b.pdf").toString(), "--issue");
        assertTrue(bulletin.out().contains(thisYear() + "年第1期"), bulletin.out());
        assertTrue(run("log", "list").out().contains("[文书]  王海燕  印发「石拐区道路交通情况日报」" + thisYear() + "年第1期"));
    }

    @Test
    void badInputIsRefusedWithExitTwoAndNothingWritten() {
        Path out = dir.resolve("x.pdf");
        CliRun badDate = run("report", "daily", "--date", "2026-13-01", "--out", out.toString());
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("2026-13-01"), badDate.err());
        assertEquals(2, run("report", "weekly", "--date", DAY, "--out", out.toString()).status());
        assertEquals(2, run("report", "daily", "--date", "2999-01-01", "--out", out.toString()).status());
        assertEquals(2, run("report", "daily", "--date", DAY, "--out", dir.resolve("none/x.pdf").toString()).status());
        assertEquals(2, run("report", "daily", "--date", DAY, "--out", out.toString(), "--issue", "--by", " ").status());
        assertFalse(Files.exists(out));
        CliRun english = CliRun.of("--lang", "en", "--data-dir", dir.resolve("data").toString(), "report", "daily",
                "--date", "12.1.2026", "--out", out.toString());
        assertTrue(english.err().contains("use YYYY-MM-DD"), english.err());
    }

    /** The sample cold spell entered through the services into the data directory the commands use. */
    private void fillSampleDay() {
        try (Database db = Database.open(DataDirectory.of(dir.resolve("data")).ensureExists(), Clock.systemUTC());
             Office office = Office.onCallingThread(db, TestDesk.RULES, Clock.systemUTC())) {
            SampleReadings.fill(office.readings(), LocalDate.parse(DAY));
            SampleReadings.respond(office, LocalDate.parse(DAY), office.stores().log());
        }
    }
}
