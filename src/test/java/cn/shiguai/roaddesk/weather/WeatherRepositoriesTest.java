package cn.shiguai.roaddesk.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.FailureReason;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WeatherRepositoriesTest {
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final Database db = TestDatabases.fresh(clock);
    private final DutyLog log = new DutyLog(db);
    private final LocationRepository locations = new LocationRepository(db, log);
    private final ReadingRepository readings = new ReadingRepository(db, log);
    private final DailyMeanRepository means = new DailyMeanRepository(db, log);
    private final TrafficReportRepository traffic = new TrafficReportRepository(db, log);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void locationsHaveUniqueNamesAndAreLogged() {
        Location k12 = locations.add("五当召镇 旅游公路 K12 弯道", LocationKind.DISTRICT, "五当召镇", null, "王值班");
        assertEquals(k12, locations.byName("五当召镇 旅游公路 K12 弯道").orElseThrow());
        DataAccessException duplicate = assertThrows(DataAccessException.class,
                () -> locations.add("五当召镇 旅游公路 K12 弯道", LocationKind.DISTRICT, null, null, "王值班"));
        assertEquals(FailureReason.CONSTRAINT, duplicate.reason());
        List<LogEntry> entries = log.concerning(LinkType.LOCATION, k12.id());
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).text().contains("本区"), entries.get(0).text());
        assertEquals(1, log.verify().count(), "the refused duplicate left no entry");
    }

    @Test
    void aReadingKeepsEveryFieldAndItsEntryIsWrittenWithIt() {
        long where = locations.add("石拐街道 大桥", LocationKind.DISTRICT, null, null, "王值班").id();
        Instant observed = Instant.parse("2026-01-12T00:00:00Z");
        Reading r = readings.add(ReadingEntry.manual(where, observed, "王值班").snowDepthCm(12.5).roadIce(0.8, true)
                .freezing(FreezingPhenomenon.GLAZE, 11.0).airTempC(-8.0));
        assertEquals(r, readings.get(r.id()).orElseThrow());
        assertEquals(12.5, r.values().snowDepthCm());
        assertEquals(FreezingPhenomenon.GLAZE, r.values().freezingPhenomenon());
        assertEquals(clock.instant(), r.recordedAt());
        assertNull(readings.add(ReadingEntry.manual(where, observed, "王值班")).values().airTempC(), "not measured stays null");
        LogEntry entry = log.concerning(LinkType.READING, r.id()).get(0);
        assertEquals(LogCategory.READING, entry.category());
        assertEquals(observed, entry.occurredAt());
        assertTrue(entry.text().contains("积雪 12.5 厘米") && entry.text().contains("雨凇"), entry.text());
    }

    @Test
    void outOfRangeValuesAreRefusedWithNoEntry() {
        long where = locations.add("石拐街道 大桥", LocationKind.DISTRICT, null, null, "王值班").id();
        assertThrows(DataAccessException.class, () -> readings.add(
                ReadingEntry.manual(where, clock.instant(), "王值班").snowDepthCm(-3.0)));
        assertEquals(1, log.verify().count());
    }

    @Test
    void aReplacedReadingStaysOnRecordButMarked() {
        long where = locations.add("石拐街道 大桥", LocationKind.DISTRICT, null, null, "王值班").id();
        Reading wrong = readings.add(ReadingEntry.manual(where, clock.instant(), "王值班").snowDepthCm(150.0));
        Reading right = readings.add(ReadingEntry.manual(where, clock.instant(), "王值班").snowDepthCm(15.0)
                .replacing(wrong.id(), "多输了一个 0"));
        assertEquals(right.id(), readings.get(wrong.id()).orElseThrow().replacedBy());
        assertEquals(2, log.concerning(LinkType.READING, wrong.id()).size());
    }

    @Test
    void theLatestDailyMeanWinsAndCanBeWithdrawn() {
        LocalDate day = LocalDate.of(2026, 1, 12);
        means.enter(day, -3.0, "王值班", null);
        means.enter(day, -4.5, "李值班", "气象局更正");
        assertEquals(-4.5, means.effective(day).orElseThrow().valueC());
        means.enter(day, null, "李值班", "撤销");
        assertTrue(means.effective(day).isEmpty());
        assertEquals(3, means.history(day).size());
    }

    @Test
    void theLatestReportOfEachRoadIsItsState() {
        traffic.add(TrafficEntry.draft("包固公路", Instant.parse("2026-01-12T00:00:00Z"), 2, 1, true, "王值班"));
        traffic.add(TrafficEntry.draft("包固公路", Instant.parse("2026-01-12T04:00:00Z"), 7, 6, false, "王值班"));
        traffic.add(TrafficEntry.draft("五当召旅游公路", Instant.parse("2026-01-12T01:00:00Z"), 0, 0, true, "王值班"));
        List<TrafficEntry> latest = traffic.latestPerRoad(Instant.parse("2026-01-11T16:00:00Z"),
                Instant.parse("2026-01-12T16:00:00Z"));
        assertEquals(List.of("五当召旅游公路", "包固公路"), latest.stream().map(TrafficEntry::road).sorted().toList());
        assertEquals(7, latest.stream().filter(t -> t.road().equals("包固公路")).findFirst().orElseThrow().cutHours());
        assertEquals(3, log.list(cn.shiguai.roaddesk.dutylog.LogQuery.between(null, null)
                .withCategories(java.util.Set.of(LogCategory.TRAFFIC))).size());
    }
}
