package cn.shiguai.roaddesk.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTicksTest {
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Test
    void ticksFallOnRoundLocalTimesWithinTheRange() {
        long from = epoch(2026, 1, 9, 18);
        long to = epoch(2026, 1, 12, 18);
        List<LineChart.Tick> ticks = TimeTicks.every(from, to, Duration.ofHours(12), DISTRICT, "M月d日\nHH:mm");
        assertEquals(6, ticks.size());
        assertEquals("1月10日\n00:00", ticks.get(0).label());
        assertEquals(epoch(2026, 1, 10, 0), ticks.get(0).epochSecond());
        assertEquals("1月12日\n12:00", ticks.get(5).label());
    }

    @Test
    void stepMustDivideADay() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeTicks.every(0, 100, Duration.ofHours(7), DISTRICT, "HH"));
        assertThrows(IllegalArgumentException.class,
                () -> TimeTicks.every(0, 100, Duration.ZERO, DISTRICT, "HH"));
    }

    private static long epoch(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(DISTRICT).toEpochSecond();
    }
}
