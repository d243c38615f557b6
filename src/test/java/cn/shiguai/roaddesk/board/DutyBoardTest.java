package cn.shiguai.roaddesk.board;

import static cn.shiguai.roaddesk.board.BoardFacts.SETTINGS;
import static cn.shiguai.roaddesk.board.BoardFacts.ZONE;
import static cn.shiguai.roaddesk.board.BoardFacts.callback;
import static cn.shiguai.roaddesk.board.BoardFacts.inForce;
import static cn.shiguai.roaddesk.board.BoardFacts.issued;
import static cn.shiguai.roaddesk.board.BoardFacts.local;
import static cn.shiguai.roaddesk.board.BoardFacts.owed;
import static cn.shiguai.roaddesk.board.BoardFacts.point;
import static cn.shiguai.roaddesk.board.BoardFacts.situation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.BoardItem.Kind;
import cn.shiguai.roaddesk.board.BoardItem.Place;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.situation.Situation;
import cn.shiguai.roaddesk.weather.LocationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyBoardTest {
    private final DutyBoard duty = new DutyBoard(ZONE);
    private final BoardWords words = new BoardWords(Messages.chinese(),
            new EvaluationText(Messages.chinese(), BoardFacts.RULES));

    private static BoardSources.Read read(List<cn.shiguai.roaddesk.weather.LatestReading> points,
                                          List<cn.shiguai.roaddesk.measures.OwedItem> owed,
                                          List<cn.shiguai.roaddesk.dutylog.OpenCallback> calls,
                                          List<cn.shiguai.roaddesk.report.store.IssuedSummary> issued) {
        return new BoardSources.Read(points, owed, calls, issued, SETTINGS);
    }

    private static BoardSources.Read nothing() {
        return read(List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aQuietDayWithNoResponseHasAnEmptyBoard() {
        Board board = duty.at(local("2026-01-12T10:00"), situation(2.0, null), nothing());
        assertEquals(List.of(), board.items());
        assertEquals(0, board.urgent());
    }

    @Test
    void aLevelRecommendedWithNoResponseIsUrgentAndOpensTheResponseScreen() {
        Instant now = local("2026-01-12T03:00");
        BoardItem item = duty.at(now, situation(23.0, null), nothing()).items().get(0);
        assertEquals(Kind.RECOMMENDATION, item.kind());
        assertTrue(item.urgent());
        assertEquals(Place.RESPONSE, item.place());
        assertEquals("预案建议二级响应（重大），尚未启动响应：请研判是否启动", words.sentence(item, now));
    }

    @Test
    void theRecommendationAgainstTheLevelInForceChangesIdentityWithEitherLevel() {
        Instant now = local("2026-01-12T03:00");
        Situation lower = situation(12.0, inForce(ResponseLevel.II, now.minusSeconds(600)));
        Situation none = situation(2.0, inForce(ResponseLevel.II, now.minusSeconds(600)));
        BoardItem three = duty.at(now, lower, nothing()).items().get(0);
        BoardItem zero = duty.at(now, none, nothing()).items().get(0);
        assertNotEquals(three.identity(), zero.identity(), "a new recommendation is a new alert");
        assertTrue(words.sentence(three, now).contains("当前为二级响应（重大）"), words.sentence(three, now));
        assertTrue(duty.at(now, situation(23.0, inForce(ResponseLevel.II, now)), nothing()).items().isEmpty(),
                "the recommendation agrees with the level in force: nothing to decide");
    }

    @Test
    void aDistrictPointSilentLongerThanTheSettingIsStaleAndANeighbourNever() {
        Instant now = local("2026-01-12T10:00");
        BoardSources.Read read = read(List.of(
                point("白狐沟", LocationKind.DISTRICT, "2026-01-12T06:40", 1),
                point("五当召", LocationKind.DISTRICT, "2026-01-12T07:30", 2),
                point("固阳县城", LocationKind.NEIGHBOUR, "2026-01-11T07:30", 3)), List.of(), List.of(), List.of());
        List<BoardItem> items = duty.at(now, situation(2.0, null), read).items();
        assertEquals(1, items.size(), "3 h 20 min is stale at 3 hours, 2 h 30 min is not, a neighbour never: " + items);
        assertEquals(Kind.STALE_POINT, items.get(0).kind());
        assertEquals(Place.READINGS, items.get(0).place());
        assertEquals("白狐沟 已 3 小时 20 分 未报告（最后观测 06:40）", words.sentence(items.get(0), now));
    }

    @Test
    void aMeasureImpossibleIsUrgentAndOneNotStartedWaitsOnlyOnceItsLevelIsOlderThanTheSetTime() {
        Instant now = local("2026-01-12T10:00");
        BoardSources.Read read = read(List.of(), List.of(
                owed(1, MeasureStatus.NOT_STARTED, now, null),
                owed(3, MeasureStatus.CANNOT, now.minus(Duration.ofMinutes(10)), "除雪车故障"),
                owed(4, MeasureStatus.IN_PROGRESS, now, null)), List.of(), List.of());
        Situation young = situation(12.0, inForce(ResponseLevel.III, now.minus(Duration.ofMinutes(30))));
        assertEquals(List.of(Kind.MEASURE_CANNOT), duty.at(now, young, read).items().stream().map(BoardItem::kind)
                .toList(), "30 minutes into the level nothing waits too long yet");
        Situation old = situation(12.0, inForce(ResponseLevel.III, now.minus(Duration.ofMinutes(75))));
        List<BoardItem> items = duty.at(now, old, read).items();
        assertEquals(List.of(Kind.MEASURE_CANNOT, Kind.MEASURE_WAITING), items.stream().map(BoardItem::kind).toList(),
                "the impossible first (urgent), then the one not started 75 minutes into its level, "
                        + "counted from the level's start even though its row was written at 10:00");
        assertEquals("措施 M.II.3「实行交通管制」（交警大队）无法完成：除雪车故障", words.sentence(items.get(0), now));
        assertEquals("措施 M.II.3「实行交通管制」（交警大队）已 1 小时 15 分 未开始", words.sentence(items.get(1), now));
        assertFalse(items.get(1).urgent());
    }

    @Test
    void aStandingTaskIsNamedByItsTitleNeverByItsKey() {
        Instant now = local("2026-01-12T10:00");
        OwedItem m = owed(1, MeasureStatus.NOT_STARTED, now, null);
        OwedItem task = new OwedItem(2, m.positionKey(), m.positionTitle(), m.positionOrder(), m.holder(), m.share(),
                "T.PUBLISH_CONTROL", "对外发布管理措施和路况", "…", MeasureStatus.NOT_STARTED, null, null, null, now, null, OwedItem.NO_UPDATE);
        BoardSources.Read read = read(List.of(), List.of(task), List.of(), List.of());
        Situation old = situation(12.0, inForce(ResponseLevel.III, now.minus(Duration.ofMinutes(75))));
        String said = words.sentence(duty.at(now, old, read).items().get(0), now);
        assertEquals("常设任务「对外发布管理措施和路况」（交警大队）已 1 小时 15 分 未开始", said);
    }

    @Test
    void aCallbackIsListedAndBecomesUrgentOnceItsTimeHasPassed() {
        Instant now = local("2026-01-12T10:00");
        BoardSources.Read read = read(List.of(), List.of(), List.of(
                callback(1, "张建国", local("2026-01-12T10:30")), callback(2, "刘芳", local("2026-01-12T09:45"))),
                List.of());
        List<BoardItem> items = duty.at(now, situation(2.0, null), read).items();
        assertEquals(2, items.size());
        assertEquals("逾期未回电：刘芳（约定 09:45）", words.sentence(items.get(0), now), "the late one first");
        assertTrue(items.get(0).urgent());
        assertEquals("约定于 10:30 回电：张建国", words.sentence(items.get(1), now));
        assertEquals(Place.DUTY_LOG, items.get(1).place());
    }

    @Test
    void theDailyReportIsListedAnHourBeforeItsTimeAndUrgentAfterUnlessIssuedToday() {
        Situation response = situation(12.0, inForce(ResponseLevel.III, local("2026-01-12T16:00")));
        assertTrue(documents(duty.at(local("2026-01-12T17:20"), response, nothing())).isEmpty());
        BoardItem soon = documents(duty.at(local("2026-01-12T17:45"), response, nothing())).get(0);
        assertFalse(soon.urgent());
        assertEquals("道路交通情况日报须于 18:30 前签发", words.sentence(soon, local("2026-01-12T17:45")));
        BoardItem late = documents(duty.at(local("2026-01-12T18:31"), response, nothing())).get(0);
        assertTrue(late.urgent());
        assertNotEquals(soon.identity(), late.identity(), "falling overdue raises a new alert");
        BoardSources.Read issuedToday = read(List.of(), List.of(), List.of(),
                List.of(issued(DocumentKind.DAILY_REPORT, local("2026-01-12T18:10"))));
        assertTrue(documents(duty.at(local("2026-01-12T18:31"), response, issuedToday)).isEmpty());
        assertTrue(documents(duty.at(local("2026-01-12T18:31"), situation(2.0, null), nothing())).isEmpty(),
                "no response: no daily report is owed");
    }

    @Test
    void aReportToSuperiorsIsDueAtEachIntervalSinceTheResponseStarted() {
        Situation response = situation(12.0, inForce(ResponseLevel.III, local("2026-01-12T04:00")));
        assertTrue(documents(duty.at(local("2026-01-12T06:30"), response, nothing())).isEmpty());
        BoardItem soon = documents(duty.at(local("2026-01-12T07:10"), response, nothing())).get(0);
        assertEquals("上报须于 08:00 前签发", words.sentence(soon, local("2026-01-12T07:10")));
        BoardItem due = documents(duty.at(local("2026-01-12T08:05"), response, nothing())).get(0);
        assertTrue(due.urgent());
        assertEquals("上报已逾期：应于 08:00 前签发", words.sentence(due, local("2026-01-12T08:05")));
        BoardSources.Read reported = read(List.of(), List.of(), List.of(),
                List.of(issued(DocumentKind.SUPERIOR_REPORT, local("2026-01-12T07:50"))));
        assertTrue(documents(duty.at(local("2026-01-12T08:05"), response, reported)).isEmpty());
        BoardItem next = documents(duty.at(local("2026-01-12T12:01"), response, reported)).get(0);
        assertTrue(next.urgent(), "the 07:50 report covers 08:00, not 12:00");
        assertEquals("superiors-late:" + local("2026-01-12T12:00"), next.identity());
    }

    @Test
    void englishWordsTheSameItems() {
        BoardWords english = new BoardWords(Messages.english(), new EvaluationText(Messages.english(), BoardFacts.RULES));
        Instant now = local("2026-01-12T10:00");
        BoardItem item = duty.at(now, situation(2.0, null), read(List.of(
                point("白狐沟", LocationKind.DISTRICT, "2026-01-12T06:40", 1)), List.of(), List.of(), List.of()))
                .items().get(0);
        assertEquals("白狐沟 silent for 3 h 20 min (last observed 06:40)", english.sentence(item, now));
    }

    private static List<BoardItem> documents(Board board) {
        return board.items().stream().filter(i -> i.kind() == Kind.DOCUMENT_DUE).toList();
    }
}
