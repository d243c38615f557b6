package cn.shiguai.roaddesk.measures.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The measures screen's rules without a toolkit, on the real stores of a level III response. */
class MeasuresViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk desk = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private MeasuresViewModel vm;

    @BeforeEach
    void levelThree() {
        desk.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-6.0).build()), "王海燕");
        var evaluation = desk.office().situation().evaluationOf(desk.stores().readings().inputFor(DAY));
        desk.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), evaluation.level(), DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null), clock.instant(), "王海燕");
        vm = new MeasuresViewModel(desk.office().measures(), desk.stores().reviewMarks(), new SameThreadTaskRunner(),
                Messages.chinese(), clock, ZoneId.of("Asia/Shanghai"), desk.officer()::name, desk.office().changes());
        vm.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private MeasureRow row(String itemId, String position) {
        return vm.groups().stream().filter(g -> g.positionKey().equals(position)).flatMap(g -> g.rows().stream())
                .filter(r -> r.item().itemId().equals(itemId)).findFirst().orElseThrow();
    }

    private void update(String itemId, String position, MeasureStatus status, String note) {
        MeasureUpdateViewModel update = vm.updateOf(row(itemId, position));
        update.status().set(status);
        update.note().set(note);
        List<String> failures = new ArrayList<>();
        vm.save(update, () -> { }, failures::add);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void itemsAreGroupedByPositionInTheRostersOrderWithTheirHolder() {
        assertEquals("LEADER", vm.groups().get(0).positionKey());
        PositionGroup transport = vm.groups().stream().filter(g -> g.positionKey().equals("TRANSPORT")).findFirst().orElseThrow();
        assertEquals("李新明", transport.holder());
        assertEquals(List.of("III.1", "III.2", "III.3", "III.7"), transport.rows().stream().map(r -> r.item().itemId()).toList());
        assertTrue(vm.summary().get().startsWith("共 "), vm.summary().get());
    }

    @Test
    void theQuickUpdateProposesTheNextStatusAndTheHolderAsReporter() {
        MeasureUpdateViewModel update = vm.updateOf(row("III.2", "TRANSPORT"));
        assertEquals(MeasureStatus.IN_PROGRESS, update.status().get());
        assertEquals("李新明", update.reportedBy().get());
        assertTrue(update.valid().get());
        update.status().set(MeasureStatus.CANNOT);
        assertFalse(update.valid().get(), "cannot-be-done needs a note");
        update.note().set("铲雪车故障");
        assertTrue(update.valid().get());
    }

    @Test
    void filtersNarrowByPositionStatusAndQuietHours() {
        update("III.2", "TRANSPORT", MeasureStatus.DONE, null);
        vm.load();
        vm.status().set(MeasureStatus.DONE);
        assertEquals(1, vm.groups().size());
        assertEquals("III.2", vm.groups().get(0).rows().get(0).item().itemId());
        vm.status().set(null);
        vm.position().set("HEALTH");
        assertEquals(List.of("HEALTH"), vm.groups().stream().map(PositionGroup::positionKey).toList());
        vm.position().set(null);
        clock.advance(Duration.ofHours(5));
        vm.quietHours().set(4);
        assertTrue(vm.groups().stream().flatMap(g -> g.rows().stream()).noneMatch(r -> r.status() == MeasureStatus.DONE),
                "done work is never 'quiet'");
        assertTrue(vm.groups().stream().flatMap(g -> g.rows().stream()).allMatch(MeasureRow::quiet));
    }

    @Test
    void reviewModeIsReadOnlyAndMarksWhatChangedSinceTheReaderLastLooked() {
        vm.reviewMode().set(true);
        vm.markAllSeen();
        assertTrue(vm.groups().stream().flatMap(g -> g.rows().stream()).noneMatch(MeasureRow::changed));
        assertThrows(IllegalStateException.class, () -> vm.updateOf(row("III.2", "TRANSPORT")));

        vm.reviewMode().set(false);
        clock.advance(Duration.ofMinutes(30));
        update("III.2", "TRANSPORT", MeasureStatus.IN_PROGRESS, null);
        vm.load();
        vm.reviewMode().set(true);
        assertTrue(row("III.2", "TRANSPORT").changed());
        assertFalse(row("III.7", "TRANSPORT").changed());
    }

    @Test
    void aChangeEnteredInTheMinuteTheReaderLookedIsStillMarked() {
        clock.advance(Duration.ofSeconds(35));
        vm.reviewMode().set(true);
        vm.markAllSeen();
        vm.reviewMode().set(false);
        clock.advance(Duration.ofSeconds(15));
        // Reported as 10:00 (to the minute), entered at 10:00:50: after the look at 10:00:35.
        update("III.2", "TRANSPORT", MeasureStatus.IN_PROGRESS, null);
        vm.load();
        vm.reviewMode().set(true);
        assertTrue(row("III.2", "TRANSPORT").changed(), "a same-minute change is not missed");
        assertFalse(row("III.7", "TRANSPORT").changed());
    }

    @Test
    void eachNamedReaderHasTheirOwnMarksAndTheLogNamesTheReader() {
        vm.reader().set("张占良");
        vm.reviewMode().set(true);
        vm.markAllSeen();
        vm.reviewMode().set(false);
        clock.advance(Duration.ofMinutes(5));
        update("III.2", "TRANSPORT", MeasureStatus.IN_PROGRESS, null);
        vm.load();
        vm.reviewMode().set(true);
        assertTrue(row("III.2", "TRANSPORT").changed(), "new to 张占良 since his look");
        vm.reader().set("李副区长");
        assertFalse(vm.groups().stream().flatMap(g -> g.rows().stream()).anyMatch(MeasureRow::changed),
                "a reader who never looked has nothing marked as changed since");
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.author().equals("张占良")
                && e.text().contains("张占良") && !e.text().contains("review.")), "the look is logged in words");
    }
}
