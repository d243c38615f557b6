package cn.shiguai.roaddesk.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.dutylog.ChainReport;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.report.LocationReading;
import cn.shiguai.roaddesk.report.LogLine;
import cn.shiguai.roaddesk.report.MeasureLine;
import cn.shiguai.roaddesk.report.SituationSnapshot;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RulesEngine;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The situation of a day read from a database filled through the real services. */
class SnapshotLoaderTest {
    private static final LocalDate DAY = SampleDesk.DAY;
    private final SampleDesk sample = new SampleDesk();
    private final SnapshotLoader loader = sample.snapshots();

    @AfterEach
    void close() {
        sample.close();
    }

    private SituationSnapshot today() {
        return loader.load(DAY, loader.momentFor(DAY, sample.clock.instant()), SampleDesk.OFFICER);
    }

    private static Instant local(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 1, day, hour, minute).atZone(SampleDesk.DISTRICT).toInstant();
    }

    @Test
    void todayIsReadUpToNowWithTheResponseDecidedThisMorning() {
        SituationSnapshot s = today();
        assertEquals(local(12, 0, 0), s.period().from());
        assertEquals(local(12, 11, 10), s.period().to());
        var response = s.response().orElseThrow();
        assertEquals(ResponseLevel.II, response.level());
        assertEquals("张占良", response.decidedBy());
        assertEquals(Capacity.GROUP_LEADER, response.capacity());
        assertEquals(local(12, 9, 40), response.levelSince());
        assertEquals(SampleDesk.OFFICER, s.compiledBy());
        var engine = new RulesEngine(TestDesk.RULES);
        assertEquals(engine.evaluate(sample.desk.stores().readings().inputFor(DAY)).level(), s.evaluation().level());
    }

    @Test
    void eachLocationShowsItsLatestReadingAndNeighboursAreMarked() {
        SituationSnapshot s = today();
        LocationReading k12 = reading(s, "五当召镇 旅游公路 K12 弯道");
        assertEquals(LocalDateTime.of(2026, 1, 12, 10, 0), k12.latest().time());
        assertEquals(21.5, k12.latest().snowDepthCm());
        assertEquals(LocalDateTime.of(2026, 1, 11, 20, 0), reading(s, "喜桂图新区 环城路 坡道").latest().time(),
                "a location that has not reported today shows its last reading, with its time");
        LocationReading neighbour = reading(s, "固阳县 兴顺西 G210 交界");
        assertTrue(neighbour.neighbouring());
        assertEquals(26.0, neighbour.latest().snowDepthCm());
        assertEquals(1, s.neighbouringReadings().size());
        assertEquals(4, s.trends().size(), "every district location that reported in the 72 h");
        assertEquals("五当召镇 旅游公路 K12 弯道", s.trends().get(0).location(), "the most snow first");
        assertEquals(1, s.traffic().size());
        assertEquals("包固公路 K20 收费站", s.traffic().get(0).road());
    }

    @Test
    void measuresComeWithTheirStatusAndTheHolderOfThePost() {
        List<MeasureLine> measures = today().measures();
        assertFalse(measures.isEmpty());
        assertTrue(measures.stream().anyMatch(m -> m.status() == MeasureStatus.CANNOT));
        assertTrue(measures.stream().anyMatch(m -> m.status() == MeasureStatus.NOT_STARTED && m.lastUpdate() == null));
        assertTrue(measures.stream().anyMatch(m -> !m.holder().isEmpty()), "holders from the roster of the day");
    }

    @Test
    void theLogGivesTheOfficersEntriesDecisionsImpossibleMeasuresAndDocumentsNotRoutine() {
        List<LogLine> log = today().log();
        List<String> categories = log.stream().map(LogLine::category).distinct().toList();
        assertTrue(categories.containsAll(List.of("响应决定", "来电", "指令", "去电", "措施")), categories.toString());
        assertFalse(categories.contains("读数"), "readings are in the table, not in the log summary");
        assertTrue(log.stream().filter(l -> l.category().equals("措施")).allMatch(l -> l.text().contains("无法完成")));
        for (int i = 1; i < log.size(); i++) {
            assertFalse(log.get(i).time().isBefore(log.get(i - 1).time()), "oldest first");
        }
    }

    @Test
    void aCorrectedEntryGivesWayToItsCorrection() {
        var log = sample.desk.stores().log();
        long original = log.append(LogDraft.of("王海燕", LogCategory.PHONE_IN, "交管大队来电：K12 弯道封闭")
                .occurredAt(local(12, 10, 55)));
        log.append(LogDraft.of("王海燕", LogCategory.PHONE_IN, "交管大队来电：K12 弯道单向通行")
                .occurredAt(local(12, 10, 55)).correcting(original));
        List<String> texts = today().log().stream().map(LogLine::text).toList();
        assertTrue(texts.contains("交管大队来电：K12 弯道单向通行"));
        assertFalse(texts.contains("交管大队来电：K12 弯道封闭"));
    }

    @Test
    void theSealIsTheVerifiedLog() {
        SituationSnapshot s = today();
        ChainReport chain = sample.desk.stores().log().verify();
        assertEquals(chain.count(), s.seal().entryCount());
        assertEquals(chain.headHash(), s.seal().headHash());
    }

    @Test
    void aPastDayIsTheWholeDayAsItWas() {
        LocalDate yesterday = DAY.minusDays(1);
        Instant end = loader.momentFor(yesterday, sample.clock.instant());
        assertEquals(local(12, 0, 0), end);
        SituationSnapshot s = loader.load(yesterday, end, SampleDesk.OFFICER);
        assertTrue(s.response().isEmpty(), "the response began this morning");
        assertTrue(s.measures().isEmpty());
        assertEquals(LocalDateTime.of(2026, 1, 11, 20, 0), reading(s, "五当召镇 旅游公路 K12 弯道").latest().time());
        assertNull(reading(s, "固阳县 兴顺西 G210 交界").latest(), "the neighbour reported only today");
        assertTrue(s.traffic().isEmpty());
        assertTrue(s.log().stream().noneMatch(l -> l.category().equals("响应决定")));
        assertEquals(yesterday, s.evaluation().date());
    }

    @Test
    void aMomentEarlierInTheDayLeavesOutWhatCameLater() {
        SituationSnapshot s = loader.load(DAY, local(12, 7, 30), SampleDesk.OFFICER);
        assertTrue(s.response().isEmpty());
        assertEquals(LocalDateTime.of(2026, 1, 12, 2, 0), reading(s, "五当召镇 旅游公路 K12 弯道").latest().time());
        assertTrue(s.traffic().isEmpty(), "the toll station reported at 07:40");
        assertTrue(s.log().isEmpty());
    }

    @Test
    void measuresOfAnEarlierLevelAreNotTakenFromTheBoard() {
        SampleReadingsRaise.toLevelI(sample.desk.office(), DAY, local(12, 10, 30));
        SituationSnapshot before = loader.load(DAY, local(12, 10, 0), SampleDesk.OFFICER);
        assertEquals(ResponseLevel.II, before.response().orElseThrow().level());
        assertTrue(before.measures().isEmpty(), "the board holds what level I owes, not what level II owed at 10:00");
        assertEquals(ResponseLevel.I, today().response().orElseThrow().level());
        assertFalse(today().measures().isEmpty());
    }

    @Test
    void aDayThatHasNotBegunIsRefused() {
        IssueRefusedException refused = assertThrows(IssueRefusedException.class,
                () -> loader.momentFor(DAY.plusDays(1), sample.clock.instant()));
        assertEquals(IssueRefusedException.Reason.FUTURE_DAY, refused.reason());
    }

    private static LocationReading reading(SituationSnapshot s, String location) {
        return s.readings().stream().filter(r -> r.location().equals(location)).findFirst().orElseThrow();
    }
}
