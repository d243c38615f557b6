package cn.shiguai.roaddesk.upper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogLink;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpperLevelsTest {
    private static final String CITY = "包头市";
    private static final String REGION = "内蒙古自治区";
    private static final String DOC = "包政办发〔2026〕12号";

    private final TestClock clock = TestClock.at("2026-12-02T01:00:00Z"); // 09:00 in the district
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "李春梅");
    private final UpperLevels upper = desk.office().upperLevels();

    @AfterEach
    void close() {
        desk.close();
    }

    private UpperResponse record(String by, ResponseLevel level, String since, String doc) {
        return upper.record(new UpperAnnouncement(by, level, LocalDateTime.parse(since), doc, null), "李春梅");
    }

    private List<String> inForce(Instant at) {
        return desk.office().upperLevelsInForce().at(at).stream()
                .map(r -> r.announcedBy() + " " + r.level().code()).toList();
    }

    @Test
    void oneEntryInWordsLinkedToTheRecordWithItsHash() {
        UpperResponse city = record(CITY, ResponseLevel.III, "2026-12-02T08:00", DOC);

        List<LogEntry> entries = desk.stores().log().concerning(LinkType.UPPER_RESPONSE, city.id());
        assertEquals(1, entries.size());
        LogEntry entry = entries.get(0);
        assertEquals("记录上级响应：包头市 启动三级响应（包政办发〔2026〕12号，自 12月2日 08:00 起），由 李春梅 录入", entry.text());
        assertEquals(LogCategory.UPPER_RESPONSE, entry.category());
        assertEquals("李春梅", entry.author());
        assertNotNull(entry.recordHashes().get(LogLink.to(LinkType.UPPER_RESPONSE, city.id())),
                "the record is written before its entry, so the entry carries its hash");
        assertTrue(desk.stores().log().verifyRecords().intact());
    }

    @Test
    void anEndAndAFeedAreWordedToo() {
        upper.record(new UpperAnnouncement(REGION, ResponseLevel.NONE, LocalDateTime.parse("2026-12-02T08:30"), null,
                "自治区应急厅源"), "系统");
        String text = desk.stores().log().day(LocalDate.of(2026, 12, 2)).stream()
                .filter(e -> e.category() == LogCategory.UPPER_RESPONSE).findFirst().orElseThrow().text();
        assertEquals("记录上级响应：内蒙古自治区 结束应急响应（自 12月2日 08:30 起），取自 自治区应急厅源，由 系统 录入", text);
        assertFalse(text.matches(".*(NONE|UTC|Z\\b|T\\d\\d:).*"), text);
    }

    @Test
    void theNewestOfEachLevelOfGovernmentIsInForceAndAnEndEndsIt() {
        record(CITY, ResponseLevel.IV, "2026-12-02T06:00", null);
        record(REGION, ResponseLevel.IV, "2026-12-02T07:00", "内政办发〔2026〕3号");
        record(CITY, ResponseLevel.III, "2026-12-02T08:00", DOC);
        assertEquals(List.of("包头市 III", "内蒙古自治区 IV"), inForce(clock.instant()));

        record(CITY, ResponseLevel.NONE, "2026-12-02T08:30", "包政办发〔2026〕13号");
        assertEquals(List.of("内蒙古自治区 IV"), inForce(clock.instant()));
    }

    @Test
    void notBeforeItTakesEffectNorBeforeItWasRecorded() {
        Instant recorded = clock.instant();
        record(CITY, ResponseLevel.III, "2026-12-02T12:00", DOC);
        assertEquals(List.of(), inForce(recorded), "takes effect at noon");
        clock.advance(Duration.ofHours(4));
        assertEquals(List.of("包头市 III"), inForce(clock.instant()));

        Instant beforeTheRegion = clock.instant().minusSeconds(60);
        record(REGION, ResponseLevel.II, "2026-12-02T08:00", null);
        assertEquals(List.of("内蒙古自治区 II", "包头市 III"), inForce(clock.instant()));
        assertEquals(List.of("包头市 III"), inForce(beforeTheRegion),
                "a report of an earlier moment does not show what was recorded later");
    }

    @Test
    void neverChangesTheDistrictsLevel() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        SampleReadings.fill(desk.office().readings(), day);
        SampleReadings.respond(desk.office(), day, desk.stores().log());
        Situation before = desk.office().situation().refreshNow();

        record(CITY, ResponseLevel.I, "2026-12-02T08:00", DOC);
        record(REGION, ResponseLevel.NONE, "2026-12-02T08:00", null);
        Situation after = desk.office().situation().refreshNow();

        assertEquals(before.recommendedLevel(), after.recommendedLevel());
        assertEquals(before.activeLevel(), after.activeLevel());
        assertEquals(before.active(), after.active());
    }

    @Test
    void refusesWhatCannotBeRecorded() {
        LocalDateTime since = LocalDateTime.parse("2026-12-02T08:00");
        assertEquals("请写明宣布响应的上级，如 包头市 或 内蒙古自治区（不能为空，至多 100 字）。", assertThrows(UpperRefused.class,
                () -> new UpperAnnouncement("  ", ResponseLevel.III, since, DOC, null)).message(Messages.chinese()));
        assertEquals("日期 2101-01-01 不在 2000 年至 2100 年之间，请核对。", assertThrows(UpperRefused.class,
                () -> new UpperAnnouncement(CITY, ResponseLevel.III, LocalDateTime.parse("2101-01-01T00:00"), DOC, null))
                .message(Messages.chinese()));
        assertThrows(UpperRefused.class, () -> new UpperAnnouncement(CITY, ResponseLevel.III,
                LocalDateTime.parse("1999-12-31T23:59"), DOC, null));
        assertThrows(UpperRefused.class, () -> new UpperAnnouncement(CITY, null, since, DOC, null));
        assertThrows(UpperRefused.class, () -> new UpperAnnouncement(CITY, ResponseLevel.III, since, "文\u001b[2J", null));
    }

    @Test
    void levelsAsPeopleTypeThem() {
        assertEquals(ResponseLevel.III, UpperAnnouncement.parseLevel("III").orElseThrow());
        assertEquals(ResponseLevel.III, UpperAnnouncement.parseLevel("iii").orElseThrow());
        assertEquals(ResponseLevel.II, UpperAnnouncement.parseLevel("二级").orElseThrow());
        assertEquals(ResponseLevel.NONE, UpperAnnouncement.parseLevel("ended").orElseThrow());
        assertTrue(UpperAnnouncement.parseLevel("V").isEmpty());
        assertTrue(UpperAnnouncement.parseLevel("").isEmpty());
    }
}
