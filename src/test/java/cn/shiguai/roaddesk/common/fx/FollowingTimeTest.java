package cn.shiguai.roaddesk.common.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.i18n.Messages;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FollowingTimeTest {
    private final TestClock clock = TestClock.at("2026-01-11T21:16:20Z"); // 05:16 on the 12th in the district
    private final FollowingTime time = new FollowingTime(clock, ZoneId.of("Asia/Shanghai"), Messages.chinese(),
            "form.field.TIME");

    @Test
    void itSaysNowMinuteByMinuteUntilEdited() {
        assertEquals("2026-01-12 05:16", time.text().get());
        clock.advance(Duration.ofMinutes(13));
        time.tick();
        assertEquals("2026-01-12 05:29", time.text().get(), "the field of a screen opened at 05:16 is now at 05:29");
        time.text().set("2026-01-12 05:20");
        assertTrue(time.edited().get());
        clock.advance(Duration.ofMinutes(5));
        time.tick();
        assertEquals("2026-01-12 05:20", time.text().get());
        time.follow();
        assertEquals("2026-01-12 05:34", time.text().get());
        assertFalse(time.edited().get());
    }

    @ParameterizedTest(name = "{0} at 05:16 → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-12 05:06|SAVE|", "2026-01-12 05:26|SAVE|",
            "2026-01-12 05:05|CONFIRM|观测时间比现在早 11 分",
            "2026-01-12 03:03|CONFIRM|观测时间比现在早 2 小时 13 分",
            "2026-01-09 01:16|CONFIRM|观测时间比现在早 3 天 4 小时",
            "2026-01-12 05:27|REFUSE|观测时间比现在晚 11 分",
            "12-01 05:00|REFUSE|观测时间应写成 年-月-日 时:分"})
    void aTimeFarFromNowIsNamedAndTheFutureRefused(String typed, FollowingTime.Gate gate, String said) {
        time.text().set(typed);
        FollowingTime.Check check = time.check();
        assertEquals(gate, check.gate());
        assertTrue(check.message().startsWith(said == null ? "" : said), check.message());
    }

    @Test
    void aFarTimeSavesAtTheSecondAttemptUnlessItWasChangedInBetween() {
        time.text().set("2026-01-12 03:03");
        assertEquals(FollowingTime.Gate.CONFIRM, time.attemptSave().gate());
        time.text().set("2026-01-12 03:04");
        assertEquals(FollowingTime.Gate.CONFIRM, time.attemptSave().gate(), "another time is named anew");
        assertEquals(FollowingTime.Gate.SAVE, time.attemptSave().gate());
    }
}
