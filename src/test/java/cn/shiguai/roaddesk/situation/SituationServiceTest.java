package cn.shiguai.roaddesk.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SituationServiceTest {
    private final FakeDay day = new FakeDay("2026-01-12T15:58:00Z"); // 23:58 in the district
    private final List<Situation> published = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private SituationService listened(SituationService service) {
        service.subscribe(new SituationService.Listener() {
            @Override
            public void published(Situation situation) {
                published.add(situation);
            }

            @Override
            public void failed(Throwable failure) {
                failures.add(failure);
            }
        });
        return service;
    }

    @Test
    void theSituationIsTheDistrictsDayWithItsRecommendationTheResponseAndTheOfficer() {
        day.snowCm = 12.0;
        day.active = Optional.of(FakeDay.inForce(ResponseLevel.III));
        Situation s = day.service().current();
        assertEquals(LocalDate.of(2026, 1, 12), s.day(), "23:58 in Shiguai, 15:58 UTC");
        assertEquals(ResponseLevel.III, s.recommendedLevel());
        assertEquals(ResponseLevel.III, s.activeLevel());
        assertEquals("王海燕", s.officer());
    }

    @Test
    void theDayRollsOverAtMidnightWithoutAnythingEntered() {
        day.snowCm = 12.0;
        SituationService service = listened(day.service());
        service.refreshNow();
        day.clock.advance(Duration.ofMinutes(1));
        service.checkDay();
        assertEquals(1, published.size(), "23:59 is still the same day");

        day.clock.advance(Duration.ofMinutes(2));
        service.checkDay();
        assertEquals(2, published.size());
        Situation after = published.get(1);
        assertEquals(LocalDate.of(2026, 1, 13), after.day());
        assertEquals(LocalDate.of(2026, 1, 13), day.daysAsked.get(day.daysAsked.size() - 1));
        assertEquals(after, service.current(), "the new day's situation is the current one");
    }

    @Test
    void onlyChangesThatBearOnTheSituationRecomputeIt() {
        SituationService service = listened(day.service());
        for (Change change : Change.values()) {
            day.changes.publish(change);
        }
        assertEquals(SituationService.RELEVANT.size(), published.size());
        assertTrue(published.get(published.size() - 1).version() > published.get(0).version());
    }

    @Test
    void aHandoverIsInTheNextSituation() {
        SituationService service = listened(day.service());
        service.refreshNow();
        day.officer = "赵晓东";
        day.changes.publish(Change.SETTINGS);
        assertEquals("赵晓东", service.latest().orElseThrow().officer());
    }

    @Test
    void changesArrivingBeforeTheWorkerRunsAreComputedOnce() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        SituationService service = listened(new SituationService(() -> FakeDay.RULES, d -> {
            day.daysAsked.add(d);
            return new cn.shiguai.roaddesk.rules.EvaluationInput(d, null, List.of(), List.of());
        }, () -> Optional.empty(), () -> "王海燕", day.clock, queue::add));
        service.requestRefresh();
        service.requestRefresh();
        service.requestRefresh();
        assertEquals(1, queue.size());
        queue.poll().run();
        assertEquals(1, published.size());
        service.requestRefresh();
        assertEquals(1, queue.size(), "a change after the run starts asks for one more");
    }

    @Test
    void aFailureIsReportedAndTheLastSituationStays() {
        boolean[] storeGone = {false};
        SituationService service = listened(new SituationService(() -> FakeDay.RULES, d -> {
            if (storeGone[0]) {
                throw new IllegalStateException("disk gone");
            }
            return new cn.shiguai.roaddesk.rules.EvaluationInput(d, null, List.of(), List.of());
        }, () -> Optional.empty(), () -> "王海燕", day.clock, Runnable::run));
        Situation before = service.refreshNow();
        storeGone[0] = true;
        service.requestRefresh();
        assertEquals(1, failures.size());
        assertEquals("disk gone", failures.get(0).getMessage());
        assertSame(before, service.latest().orElseThrow());
    }
}
