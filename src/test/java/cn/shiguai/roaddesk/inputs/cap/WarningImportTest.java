package cn.shiguai.roaddesk.inputs.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.inputs.FileReport;
import cn.shiguai.roaddesk.inputs.StationImport;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.warnings.SignalColour;
import cn.shiguai.roaddesk.warnings.SignalKind;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Warning signals taken through the office's one door for files, as the inbox and the command line take them. */
class WarningImportTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    /** 08:00 on 2 December, Beijing time: the samples were issued from 07:01. */
    private final TestClock clock = TestClock.at("2026-12-02T00:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final List<Change> announced = new ArrayList<>();

    WarningImportTest() {
        desk.office().changes().subscribe(announced::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    static byte[] sample(String name) {
        try (InputStream in = WarningImportTest.class.getResourceAsStream("/samples/cap/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("no sample " + name, e);
        }
    }

    private FileReport importing(String name) {
        return importing(name, sample(name));
    }

    private FileReport importing(String name, byte[] bytes) {
        return desk.office().fileImports().importFile(name, bytes, StationImport.Channel.COMMAND_LINE,
                DutyLog.SYSTEM_AUTHOR);
    }

    private List<WarningInForce> inForce() {
        return desk.office().warnings().at(clock.instant());
    }

    private List<String> warningLog() {
        return desk.stores().log().day(DAY).stream().filter(e -> e.category() == LogCategory.WARNING)
                .map(LogEntry::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blizzard-blue.cap, BLIZZARD, BLUE", "blizzard-yellow.cap, BLIZZARD, YELLOW",
            "blizzard-orange.cap, BLIZZARD, ORANGE", "blizzard-red.cap, BLIZZARD, RED",
            "road-icing-yellow.cap, ROAD_ICING, YELLOW", "road-icing-orange.cap, ROAD_ICING, ORANGE",
            "road-icing-red.cap, ROAD_ICING, RED", "cold-wave-blue.cap, COLD_WAVE, BLUE",
            "cold-wave-yellow.cap, COLD_WAVE, YELLOW", "cold-wave-orange.cap, COLD_WAVE, ORANGE",
            "cold-wave-red.cap, COLD_WAVE, RED", "freeze-yellow.cap, FREEZE, YELLOW", "fog-orange.cap, FOG, ORANGE",
            "colour-in-headline.cap, BLIZZARD, YELLOW", "colour-in-parameter.cap, ROAD_ICING, RED"})
    void eachSampleSignalIsKeptWithItsKindAndColour(String file, SignalKind kind, SignalColour colour) {
        FileReport report = importing(file);
        assertFalse(report.isRejected(), report.lines(Messages.chinese()).toString());
        assertEquals(1, report.taken());
        List<WarningInForce> now = inForce();
        assertEquals(1, now.size());
        assertEquals(kind, now.get(0).kind());
        assertEquals(colour, now.get(0).colour());
        assertEquals("包头市气象台", now.get(0).issuer());
        assertEquals("包头市石拐区", now.get(0).areaDesc());
    }

    @Test
    void aSignalIsLoggedInWordsAndNeverChangesTheLevel() {
        ResponseLevel before = desk.office().situation().refreshNow().recommendedLevel();
        FileReport report = importing("blizzard-orange.cap");
        assertEquals("blizzard-orange.cap：已读取预警文件，新收预警信号 1 条（其中更新 0 条、解除 0 条），此前已收到而略过 0 条，"
                + "与本预案无关而略过 0 条", report.summary(Messages.chinese()));
        assertEquals(List.of("收到预警信号：包头市气象台 发布 暴雪橙色预警（有效至 12月3日 08:00）；范围：包头市石拐区",
                "命令行导入：读取预警文件“blizzard-orange.cap”，新收预警信号 1 条，此前已收到而略过 0 条，与本预案无关而略过 0 条"),
                warningLog());
        assertEquals(before, desk.office().situation().refreshNow().recommendedLevel(), "a forecast is not a reading");
        assertEquals(ResponseLevel.NONE, before);
        assertTrue(announced.contains(Change.WARNINGS));
    }

    @Test
    void theSameSignalAgainIsADuplicateAndSkipped() {
        importing("road-icing-red.cap");
        FileReport again = importing("road-icing-red.cap");
        assertEquals(0, again.taken());
        assertEquals(1, again.skipped());
        assertEquals(1, inForce().size());
        assertTrue(again.lines(Messages.chinese()).get(1).contains("此前已收到，重复略过"), again.lines(Messages.chinese()).toString());
    }

    @Test
    void anUpdateReplacesAndACancelWithdrawsWhatTheyReference() {
        importing("blizzard-yellow.cap");
        importing("cold-wave-blue.cap");
        FileReport update = importing("blizzard-update-orange.cap");
        assertEquals(1, ((WarningReport) update).updates());
        assertEquals(List.of("暴雪橙色预警", "寒潮蓝色预警"), inForce().stream().map(WarningInForce::signalName).toList());
        assertEquals(Instant.parse("2026-12-02T02:00:00Z"), inForce().get(0).sent(), "sent with a UTC offset, the same instant");
        assertTrue(warningLog().contains("收到预警信号更新：包头市气象台 发布 暴雪橙色预警（有效至 12月3日 20:00），取代此前的 "
                + "暴雪黄色预警（12月2日 07:02 发布）；范围：包头市石拐区"), warningLog().toString());

        clock.set(Instant.parse("2026-12-02T22:00:00Z"));
        FileReport cancel = importing("blizzard-cancel.cap");
        assertEquals(1, ((WarningReport) cancel).cancels());
        assertEquals(List.of("寒潮蓝色预警"), inForce().stream().map(WarningInForce::signalName).toList());
        assertTrue(desk.stores().log().day(DAY.plusDays(1)).stream().map(LogEntry::text).toList()
                .contains("收到预警信号解除：包头市气象台 解除 暴雪橙色预警（12月2日 10:00 发布）"));
    }

    @Test
    void anExpiredSignalLeavesTheListByItselfAndStaysStored() {
        importing("fog-orange.cap");
        assertEquals(1, inForce().size());
        clock.set(Instant.parse("2026-12-02T06:00:00Z")); // 14:00, when it expires
        assertTrue(inForce().isEmpty());
        assertEquals(1, desk.office().warnings().at(Instant.parse("2026-12-02T05:59:59Z")).size(), "kept, not deleted");
    }

    @Test
    void anAtomFeedGivesEachOfItsAlerts() {
        FileReport report = importing("warnings-feed.atom");
        assertEquals(2, report.taken(), report.lines(Messages.chinese()).toString());
        assertEquals(List.of("道路结冰橙色预警", "寒潮蓝色预警"), inForce().stream().map(WarningInForce::signalName).toList());
    }

    @Test
    void malformedAndNonCapXmlAreRefusedNamingTheFileAndTheReason() {
        FileReport broken = importing("broken.cap", "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(broken.isRejected());
        List<String> lines = broken.lines(Messages.chinese());
        assertEquals("broken.cap：整份预警文件未导入，有 1 处问题：", lines.get(0));
        assertTrue(lines.get(1).startsWith("  第 1 行：不是格式正确的 XML："), lines.get(1));

        FileReport other = importing("notes.xml", "<?xml version=\"1.0\"?>\n<notes><note>hi</note></notes>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("notes.xml：整份预警文件未导入，有 1 处问题：",
                "  第 2 行：不是 CAP 1.2 预警，也不是 Atom 源：根元素是“notes”（命名空间“”）"), other.lines(Messages.chinese()));
        assertTrue(warningLog().get(1).startsWith("命令行导入：预警文件“notes.xml”整份未导入，未保存任何预警信号。共 1 处问题：\n"
                + "第 2 行：不是 CAP 1.2 预警"), warningLog().toString());
        assertTrue(inForce().isEmpty());
    }

    @Test
    void aSignalWhoseColourCannotBeToldRefusesTheFile() {
        String xml = new String(sample("blizzard-orange.cap"), StandardCharsets.UTF_8)
                .replace("暴雪橙色预警", "暴雪预警");
        FileReport report = importing("no-colour.cap", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.isRejected());
        assertTrue(report.bad().get(0).sentence(Messages.chinese()).contains("暴雪预警无法确定颜色"),
                report.bad().get(0).sentence(Messages.chinese()));
    }

    @Test
    void aTestMessageIsReadAndNotKept() {
        String xml = new String(sample("blizzard-red.cap"), StandardCharsets.UTF_8)
                .replace("<status>Actual</status>", "<status>Test</status>");
        FileReport report = importing("test.cap", xml.getBytes(StandardCharsets.UTF_8));
        assertFalse(report.isRejected());
        assertEquals(0, report.taken());
        assertEquals(1, report.skipped());
        assertTrue(inForce().isEmpty());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(report.lines(Messages.chinese()).get(1).contains("状态为 Test（不是 Actual 实际发布）"));
    }
}
