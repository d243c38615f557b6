package cn.shiguai.roaddesk.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From what is stored to what the engine sees: the district's readings only, in local time. */
class StoredEvaluationInputTest {
    private static final ZoneId SHIGUAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    private final Database db = TestDatabases.fresh(TestClock.at("2026-01-12T08:00:00Z"));
    private final DutyLog log = new DutyLog(db);
    private final LocationRepository locations = new LocationRepository(db, log);
    private final ReadingRepository readings = new ReadingRepository(db, log);
    private final DailyMeanRepository means = new DailyMeanRepository(db, log);
    private final TrafficReportRepository traffic = new TrafficReportRepository(db, log);
    private final StoredEvaluationInput inputs = new StoredEvaluationInput(db, SHIGUAI, 2);

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHIGUAI).toInstant();
    }

    @Test
    void buildsTheDayFromStoredRecords() {
        long k12 = locations.add("K12 弯道", LocationKind.DISTRICT, null, null, "王").id();
        long guyang = locations.add("固阳县 界牌", LocationKind.NEIGHBOUR, null, null, "王").id();
        readings.add(ReadingEntry.manual(k12, local("2026-01-10T09:00"), "王").snowDepthCm(6.0));
        readings.add(ReadingEntry.manual(k12, local("2026-01-09T09:00"), "王").snowDepthCm(50.0)); // too early
        Reading typo = readings.add(ReadingEntry.manual(k12, local("2026-01-12T00:30"), "王").snowDepthCm(120.0));
        readings.add(ReadingEntry.manual(k12, local("2026-01-12T00:30"), "王").snowDepthCm(12.0)
                .replacing(typo.id(), "typo"));
        readings.add(ReadingEntry.manual(guyang, local("2026-01-12T08:00"), "王").snowDepthCm(40.0));
        readings.add(ReadingEntry.manual(k12, local("2026-01-13T00:10"), "王").snowDepthCm(80.0)); // next day
        means.enter(DAY, -6.5, "王", null);
        traffic.add(TrafficEntry.draft("包固公路", local("2026-01-12T06:00"), 3, 2, false, "王"));
        traffic.add(TrafficEntry.draft("包固公路", local("2026-01-12T20:00"), 13, 12, false, "王"));
        traffic.add(TrafficEntry.draft("包固公路", local("2026-01-11T20:00"), 30, 40, false, "王"));

        EvaluationInput input = inputs.forDay(DAY);

        assertEquals(DAY, input.date());
        assertEquals(-6.5, input.enteredDailyMeanTempC());
        assertEquals(List.of(6.0, 12.0), input.observations().stream().map(o -> o.snowDepthCm()).toList());
        assertEquals(LocalDateTime.parse("2026-01-12T00:30"), input.observations().get(1).time());
        assertEquals(1, input.traffic().size());
        assertEquals(13, input.traffic().get(0).cutHours());

        RulesEngine engine = new RulesEngine(new RuleSetLoader().loadDefault());
        assertEquals(ResponseLevel.II, engine.evaluate(input).level(), "13 h cut with a 12 km queue is level II");
    }
}
