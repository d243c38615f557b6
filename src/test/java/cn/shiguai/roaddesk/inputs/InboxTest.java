package cn.shiguai.roaddesk.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox on a clock the test moves: nothing here sleeps. */
class InboxTest {
    private static final String GOOD = "location,time,snow_depth_cm,air_temp_c\n石拐街道 包石公路 K35 大桥,2026-01-12T08:00,14,-8\n";
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final List<Change> announced = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        desk.close();
    }

    private Inbox inbox() throws IOException {
        desk.office().changes().subscribe(announced::add);
        return new Inbox(dir.resolve("inbox"), desk.office().fileImports(), clock).ensureFolders();
    }

    private Path drop(Inbox inbox, String name, String text) throws IOException {
        return Files.writeString(inbox.folder().resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsTakenOnceItHasBeenStillForTwoSecondsAndMovesToDone() throws IOException {
        Inbox inbox = inbox();
        Path file = drop(inbox, "k35.csv", GOOD);
        assertTrue(inbox.scan().isEmpty(), "just seen: it may still be being written");
        clock.advance(Duration.ofMillis(1_999));
        assertTrue(inbox.scan().isEmpty());
        clock.advance(Duration.ofMillis(1));
        List<FileReport> taken = inbox.scan();
        assertEquals(1, taken.size());
        assertEquals(1, taken.get(0).taken());
        assertFalse(Files.exists(file));
        assertTrue(Files.exists(inbox.folder().resolve("done/k35.csv")));
        assertTrue(announced.contains(Change.READINGS), "the screens update as for a typed reading");
        assertEquals(ResponseLevel.III, desk.office().situation().refreshNow().recommendedLevel());
        assertTrue(desk.stores().log().day(StationImportTest.DAY).stream()
                .anyMatch(e -> e.text().startsWith("收件箱文件夹：导入站点读数文件“k35.csv”，新增读数 1 条")));
    }

    @Test
    void aFileWrittenSlowlyIsNotReadEarly() throws IOException {
        Inbox inbox = inbox();
        Path file = drop(inbox, "slow.csv", "location,time,snow_depth_cm\n");
        inbox.scan();
        clock.advance(Duration.ofMillis(1_500));
        Files.writeString(file, "石拐街道 包石公路 K35 大桥,2026-01-12T08:00,", StandardOpenOption.APPEND);
        assertTrue(inbox.scan().isEmpty(), "it grew: the two seconds start again");
        clock.advance(Duration.ofMillis(1_500));
        Files.writeString(file, "14\n", StandardOpenOption.APPEND);
        assertTrue(inbox.scan().isEmpty());
        clock.advance(Duration.ofMillis(1_500));
        assertTrue(inbox.scan().isEmpty(), "still only 1.5 s since it last changed");
        clock.advance(Duration.ofMillis(500));
        List<FileReport> taken = inbox.scan();
        assertEquals(1, taken.size());
        assertFalse(taken.get(0).isRejected(), "the whole file was read, not the half of it");
    }

    @Test
    void aRefusedFileMovesToRejectedWithItsReasonBesideIt() throws IOException {
        Inbox inbox = inbox();
        drop(inbox, "bad.csv", "location,time,snow_depth_cm\nK35,2026-01-12T08:00,-3\n");
        drop(inbox, "notes.txt", "not a station file");
        inbox.scan();
        clock.advance(Inbox.STABLE_FOR);
        assertTrue(inbox.scan().get(0).isRejected());
        assertTrue(Files.exists(inbox.folder().resolve("rejected/bad.csv")));
        assertEquals(List.of("文件“bad.csv”未导入（bad.csv：整份文件未导入，有 1 处问题：）。改正后可重新放入收件箱文件夹。",
                "第 2 行 snow_depth_cm 列，值“-3”：超出范围，应在 0–300 厘米"),
                Files.readAllLines(inbox.folder().resolve("rejected/bad.csv.reason.txt")));
        assertTrue(Files.exists(inbox.folder().resolve("notes.txt")), "only station files are taken");
    }

    @Test
    void aSecondFileOfTheSameNameDoesNotReplaceTheFirstInDone() throws IOException {
        Inbox inbox = inbox();
        drop(inbox, "k35.csv", GOOD);
        inbox.scan();
        clock.advance(Inbox.STABLE_FOR);
        inbox.scan();
        drop(inbox, "k35.csv", GOOD);
        inbox.scan();
        clock.advance(Inbox.STABLE_FOR);
        assertEquals(1, inbox.scan().get(0).skipped(), "the same reading again is not a duplicate");
        assertTrue(Files.exists(inbox.folder().resolve("done/k35.csv")));
        assertTrue(Files.exists(inbox.folder().resolve("done/k35-2.csv")));
    }

    @Test
    void aWarningFileIsTakenByContentAndAnAttackIsRejectedWithItsReason() throws IOException {
        Inbox inbox = inbox();
        Files.copy(Path.of("resources/samples/cap/blizzard-red.cap"), dir.resolve("inbox/warning.xml"));
        Files.copy(Path.of("/work/shared/external/cap-samples/xee.cap"), dir.resolve("inbox/xee.cap"));
        inbox.scan();
        clock.advance(Duration.ofSeconds(3));
        List<FileReport> taken = inbox.scan();
        assertEquals(2, taken.size());
        assertEquals(1, taken.get(0).taken(), taken.get(0).lines(Messages.chinese()).toString());
        assertTrue(Files.exists(dir.resolve("inbox/done/warning.xml")));
        assertTrue(Files.exists(dir.resolve("inbox/rejected/xee.cap")));
        assertTrue(Files.readString(dir.resolve("inbox/rejected/xee.cap.reason.txt")).contains("文档类型声明（DOCTYPE）"));
        assertEquals(1, desk.office().warnings().at(clock.instant()).size());
    }
}
