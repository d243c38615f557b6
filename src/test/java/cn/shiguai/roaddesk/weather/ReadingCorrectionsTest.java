package cn.shiguai.roaddesk.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A mistyped reading, road report or daily mean is put right; the trail keeps both, and only the right one counts. */
class ReadingCorrectionsTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final String K35 = "石拐街道 包石公路 K35 大桥";
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final ReadingService readings = desk.office().readings();

    @AfterEach
    void close() {
        desk.close();
    }

    private ReadingRecord typed(double snowCm) {
        return readings.save(new ReadingDraft(Observation.at(K35, DAY.atTime(9, 0)).snowDepthCm(snowCm).build(),
                LocationKind.DISTRICT, -8.0, null), "王海燕");
    }

    private ResponseLevel recommended() {
        return desk.office().situation().refreshNow().recommendedLevel();
    }

    @Test
    void aCorrectedReadingReplacesTheOldOneForTheRulesTheListAndTheReport() {
        ReadingRecord typo = typed(32);
        assertEquals(ResponseLevel.I, recommended(), "32 cm is level I");
        readings.correct(typo.id(), ReadingDraft.of(Observation.at(K35, DAY.atTime(9, 0)).snowDepthCm(23.0).build()),
                "电话中听错：实为 23 厘米", "王海燕");
        assertEquals(ResponseLevel.II, recommended(), "the correction counts, the typo does not");

        List<ReadingRecord> all = readings.store().recent(10);
        assertEquals(2, all.size(), "both stay on record");
        ReadingRecord old = all.stream().filter(r -> r.id() == typo.id()).findFirst().orElseThrow();
        assertEquals(RecordState.REPLACED, old.state());
        ReadingRecord now = all.stream().filter(r -> r.id() != typo.id()).findFirst().orElseThrow();
        assertEquals(RecordState.STANDING, now.state());
        assertEquals(typo.id(), now.replaces());
        assertEquals("电话中听错：实为 23 厘米", now.reason());
        assertEquals(23.0, desk.stores().readings().latest().get(0).latest().draft().observation().snowDepthCm());

        LogEntry entry = desk.stores().log().day(DAY).stream().filter(e -> e.text().startsWith("更正读数")).findFirst()
                .orElseThrow();
        assertTrue(entry.text().contains("理由：电话中听错：实为 23 厘米") && entry.text().contains("积雪 23"), entry.text());
        assertEquals("王海燕", entry.author());
        var report = desk.office().documents().draft(DocumentKind.DAILY_REPORT, DAY, "王海燕").snapshot();
        assertEquals(23.0, report.readings().get(0).latest().snowDepthCm(), "the report uses the corrected value");
        assertTrue(desk.stores().log().verify().intact());
    }

    @Test
    void aWithdrawnReadingStaysListedButNoLongerCounts() {
        ReadingRecord wrongPoint = typed(25);
        assertEquals(ResponseLevel.II, recommended());
        readings.withdraw(wrongPoint.id(), "该读数属于固阳县，误录入本区监测点", "王海燕");
        assertEquals(ResponseLevel.NONE, recommended());
        ReadingRecord listed = readings.store().recent(10).get(0);
        assertEquals(RecordState.WITHDRAWN, listed.state());
        assertEquals("该读数属于固阳县，误录入本区监测点", listed.reason());
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.category() == LogCategory.READING
                && e.text().startsWith("撤回读数") && e.text().contains("不再计入")
                && e.text().contains("理由：该读数属于固阳县")));

        LocalizedException again = assertThrows(LocalizedException.class,
                () -> readings.withdraw(wrongPoint.id(), "再撤一次", "王海燕"));
        assertEquals("correction.problem.readingGone", again.messageKey());
        assertThrows(LocalizedException.class, () -> readings.withdraw(typed(3).id(), "  ", "王海燕"),
                "a withdrawal needs a reason");
    }

    @Test
    void roadReportsAndTheDailyMeanAreCorrectedTheSameWay() {
        readings.save(new ReadingDraft(Observation.at(K35, DAY.atTime(8, 0)).snowDepthCm(12.0).build(),
                LocationKind.DISTRICT, -6.0, new TrafficReport("包石公路", DAY.atTime(8, 0), 13, 12, false)), "王海燕");
        assertEquals(ResponseLevel.II, recommended(), "13 h and 12 km: level II by traffic");
        TrafficRecord report = readings.store().recentTraffic(5).get(0);
        readings.correctTraffic(report.id(), new TrafficReport("包石公路", DAY.atTime(8, 0), 3, 2, false),
                "是 3 小时、2 公里", "王海燕");
        assertEquals(ResponseLevel.III, recommended(), "12 cm and a cold day: level III once the traffic is right");
        assertEquals(RecordState.REPLACED, readings.store().recentTraffic(5).stream()
                .filter(t -> t.id() == report.id()).findFirst().orElseThrow().state());

        readings.correctMean(DAY, 2.0, "气象局更正：日平均气温 2 ℃", "王海燕");
        assertEquals(ResponseLevel.IV, recommended(), "above 0 ℃ no weather clause of III holds");
        readings.correctMean(DAY, null, "撤销录入，改用读数平均", "王海燕");
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text().contains("日平均气温更正为 2")
                && e.text().contains("理由：气象局更正")));
        TrafficRecord corrected = readings.store().recentTraffic(5).get(0);
        readings.withdrawTraffic(corrected.id(), "路况报告重复", "王海燕");
        assertTrue(readings.store().recentTraffic(5).stream().noneMatch(t -> t.state().counts()));
        assertTrue(desk.stores().log().verify().intact());
    }
}
