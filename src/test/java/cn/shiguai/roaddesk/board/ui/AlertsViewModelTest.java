package cn.shiguai.roaddesk.board.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.AlertLog;
import cn.shiguai.roaddesk.board.Alerts;
import cn.shiguai.roaddesk.board.BoardSettings;
import cn.shiguai.roaddesk.board.BoardSources;
import cn.shiguai.roaddesk.board.BoardWords;
import cn.shiguai.roaddesk.board.DutyBoard;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.fx.Ticker;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.ActiveResponse;
import cn.shiguai.roaddesk.situation.FakeDay;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The alerts of a desk over a day held in memory and a real duty log, with a clock moved by
 * hand: what raises an alert, how often it repeats, and what the log keeps of the acknowledgement.
 */
class AlertsViewModelTest {
    private final FakeDay day = new FakeDay("2026-01-11T19:00:00Z");
    private final Database database = TestDatabases.fresh(day.clock);
    private final DutyLog log = new DutyLog(database);
    private final List<AlertsViewModel.Shown> shown = new ArrayList<>();
    private final Ticker ticker = new Ticker(day.clock, javafx.util.Duration.seconds(15));
    private volatile boolean sound = true;

    private AlertsViewModel alerts(Alerts state) {
        Messages messages = Messages.chinese();
        EvaluationText text = new EvaluationText(messages, FakeDay.RULES);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        BoardSources sources = () -> new BoardSources.Read(List.of(), List.of(), List.of(), List.of(),
                new BoardSettings(3, 60, LocalTime.of(18, 30), 4, sound, 5));
        BoardViewModel board = new BoardViewModel(new SituationModel(day.service(), tasks), sources,
                new DutyBoard(FakeDay.RULES.zone()), tasks, day.changes, ticker, messages, new BoardWords(messages, text));
        AlertsViewModel vm = new AlertsViewModel(state, board, new AlertLog(database, log, FakeDay.RULES), tasks, ticker,
                messages, () -> day.officer, day.changes);
        vm.onShow(shown::add);
        board.load();
        return vm;
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void advance(int minutes) {
        day.clock.advance(Duration.ofMinutes(minutes));
        ticker.tick();
    }

    private List<LogEntry> alertEntries() {
        return log.list(LogQuery.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))
                .withCategories(java.util.Set.of(LogCategory.ALERT)));
    }

    @Test
    void theFirstLevelRecommendedWithoutAResponseIsAlertedWithSound() {
        day.snowCm = 2.0;
        AlertsViewModel vm = alerts(new Alerts());
        assertEquals(List.of(), shown);
        day.snowCm = 12.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, shown.size(), "none to a level is the change that matters most");
        assertTrue(shown.get(0).texts().get(0).contains("三级") && shown.get(0).texts().get(0).contains("尚未启动响应"),
                shown.get(0).texts().toString());
        assertTrue(shown.get(0).sound());
        assertEquals(1, vm.open().get());
        assertTrue(vm.band().get().startsWith("1 条提醒待确认"), vm.band().get());
    }

    @Test
    void aChangedRecommendationDuringAResponseIsAlertedAndTheLevelInForceStays() {
        day.snowCm = 12.0;
        // Started just now, so no report to superiors is due yet.
        day.active = Optional.of(new ActiveResponse(1, ResponseLevel.III, day.clock.instant(), day.clock.instant(),
                "刘雪峰", "decision.capacity.OFFICE_DIRECTOR"));
        alerts(new Alerts());
        assertEquals(List.of(), shown, "the recommendation agrees with the level in force");
        day.snowCm = 22.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).texts().get(0).contains("当前为三级响应（较大）（不会自动改变）"), shown.get(0).texts().get(0));
        day.snowCm = 23.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, shown.size(), "a change that leaves the recommendation as it was raises nothing new");
    }

    @Test
    void anAlertRepeatsEveryFiveMinutesUntilAcknowledgedAndTheAcknowledgementIsLogged() {
        day.snowCm = 12.0;
        AlertsViewModel vm = alerts(new Alerts());
        assertEquals(1, shown.size());
        advance(4);
        assertEquals(1, shown.size());
        advance(1);
        assertEquals(2, shown.size(), "shown again after five minutes");
        advance(5);
        assertEquals(3, shown.size());

        day.clock.advance(Duration.ofMinutes(2));
        vm.acknowledge();
        assertEquals(0, vm.open().get(), vm.error().get());
        List<LogEntry> entries = alertEntries();
        assertEquals(1, entries.size());
        LogEntry entry = entries.get(0);
        assertEquals("王海燕", entry.author());
        assertEquals(Instant.parse("2026-01-11T19:12:00Z"), entry.occurredAt());
        assertEquals("确认提醒 1 条：研判：预案建议三级响应（较大），尚未启动响应：请研判是否启动（03:00 发出）", entry.text());

        advance(30);
        assertEquals(3, shown.size(), "acknowledged: never shown again");
    }

    @Test
    void anAlertAcknowledgedBeforeARestartIsNotRaisedAgainButANewOneIs() {
        day.snowCm = 12.0;
        AlertsViewModel first = alerts(new Alerts());
        assertEquals(1, first.open().get());
        first.acknowledge();
        assertEquals(0, first.open().get());
        // The window closed and started again: a new desk with alerts of its own, the same store.
        shown.clear();
        advance(30);
        AlertsViewModel again = alerts(new Alerts());
        assertEquals(0, again.open().get(), "what was acknowledged stays acknowledged");
        assertEquals(List.of(), shown);
        day.snowCm = 23.0;
        day.changes.publish(Change.READINGS);
        assertEquals(1, again.open().get(), "a new recommendation is a new alert");
    }

    @Test
    void theSoundIsMutedForTheShiftAndLoggedAndTheNextOfficerHearsIt() {
        day.snowCm = 2.0;
        Alerts state = new Alerts();
        AlertsViewModel vm = alerts(state);
        vm.toggleMute();
        assertTrue(vm.muted().get(), vm.error().get());
        assertEquals("本班提醒声音已静音，交接班后恢复", alertEntries().get(0).text());
        day.snowCm = 12.0;
        day.changes.publish(Change.READINGS);
        assertFalse(shown.get(0).sound(), "muted: the band and the notification, no tone");

        day.officer = "赵晓东";
        day.snowCm = 23.0;
        day.changes.publish(Change.READINGS);
        assertTrue(shown.get(shown.size() - 1).sound(), "the next officer never chose silence");
        assertFalse(vm.muted().get());
    }

    @Test
    void theOfficesSettingTurnsTheSoundOff() {
        sound = false;
        day.snowCm = 12.0;
        alerts(new Alerts());
        assertFalse(shown.get(0).sound());
    }
}
