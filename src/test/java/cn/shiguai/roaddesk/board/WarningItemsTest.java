package cn.shiguai.roaddesk.board;

import static cn.shiguai.roaddesk.board.BoardFacts.SETTINGS;
import static cn.shiguai.roaddesk.board.BoardFacts.ZONE;
import static cn.shiguai.roaddesk.board.BoardFacts.local;
import static cn.shiguai.roaddesk.board.BoardFacts.situation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.BoardItem.Kind;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.warnings.SignalColour;
import cn.shiguai.roaddesk.warnings.SignalKind;
import cn.shiguai.roaddesk.warnings.WarningInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Warning signals on the duty board: listed while in force; a new orange or red 暴雪 or 道路结冰 one alerts. */
class WarningItemsTest {
    private static final Instant NOW = local("2026-12-02T08:00");
    private final DutyBoard duty = new DutyBoard(ZONE);
    private final BoardWords words = new BoardWords(Messages.chinese(),
            new EvaluationText(Messages.chinese(), BoardFacts.RULES));

    private static WarningInForce signal(long id, SignalKind kind, SignalColour colour, Instant expires) {
        return new WarningInForce(id, kind, colour, "包头市气象台", "包头市气象台发布" + kind.signalName(colour) + "信号",
                "包头市石拐区", NOW.minus(Duration.ofHours(1)), expires);
    }

    private Board board(Instant at, WarningInForce... signals) {
        return duty.at(at, situation(0.0, null), new BoardSources.Read(List.of(), List.of(), List.of(), List.of(),
                SETTINGS, List.of(signals)));
    }

    @ParameterizedTest(name = "{0} {1} urgent={2}")
    @CsvSource({"BLIZZARD, ORANGE, true", "BLIZZARD, RED, true", "ROAD_ICING, ORANGE, true", "ROAD_ICING, RED, true",
            "BLIZZARD, YELLOW, false", "BLIZZARD, BLUE, false", "ROAD_ICING, YELLOW, false", "COLD_WAVE, RED, false",
            "FREEZE, ORANGE, false", "FOG, RED, false"})
    void onlyOrangeAndRedBlizzardAndRoadIcingAskToConsiderAStart(SignalKind kind, SignalColour colour, boolean urgent) {
        BoardItem item = board(NOW, signal(7, kind, colour, NOW.plus(Duration.ofHours(24)))).items().get(0);
        assertEquals(Kind.WARNING, item.kind());
        assertEquals(urgent, item.urgent());
    }

    @Test
    void theItemsAreWordedForTheOfficer() {
        Board board = board(NOW, signal(1, SignalKind.BLIZZARD, SignalColour.ORANGE, local("2026-12-03T08:00")),
                signal(2, SignalKind.COLD_WAVE, SignalColour.BLUE, local("2026-12-02T20:00")),
                signal(3, SignalKind.FOG, SignalColour.YELLOW, null));
        assertEquals(List.of("预警信号 暴雪橙色：考虑是否酌情启动响应（§六(三)）——包头市气象台 发布",
                        "包头市气象台 发布的寒潮蓝色预警信号生效中（有效至 20:00）",
                        "包头市气象台 发布的大雾黄色预警信号生效中（未注明有效期）"),
                board.items().stream().map(i -> words.sentence(i, NOW)).toList());
        assertEquals(3, board.counts().get(Kind.WARNING));
        assertTrue(new BoardWords(Messages.english(), new EvaluationText(Messages.english(), BoardFacts.RULES))
                .sentence(board.items().get(0), NOW).startsWith("Warning signal 暴雪橙色: consider a discretionary start"));
    }

    @Test
    void anAnsweredQuestionLeavesTheBoardAndTheSignalStaysListedPlainly() {
        WarningInForce orange = signal(4, SignalKind.ROAD_ICING, SignalColour.ORANGE, local("2026-12-03T08:00"));
        Board answered = duty.at(NOW, situation(0.0, null), new BoardSources.Read(List.of(), List.of(), List.of(),
                List.of(), SETTINGS, List.of(orange), java.util.Set.of(4L), List.of()));
        BoardItem item = answered.items().get(0);
        assertFalse(item.urgent(), "answered: nothing more to decide on it");
        assertEquals("warning:4", item.identity());
        assertTrue(words.sentence(item, NOW).startsWith("包头市气象台 发布的道路结冰橙色预警信号生效中（有效至 "),
                words.sentence(item, NOW));
        assertEquals(DutyBoard.CONSIDER + "4", board(NOW, orange).items().get(0).identity());
    }

    @Test
    void aSilentWebSourceIsListedWithWhenItWasLastHeard() {
        Board board = duty.at(NOW, situation(0.0, null), new BoardSources.Read(List.of(), List.of(), List.of(),
                List.of(), SETTINGS, List.of(), java.util.Set.of(), List.of(
                        new BoardSources.SilentSource("区气象站", local("2026-12-02T07:20"), Duration.ofMinutes(10)),
                        new BoardSources.SilentSource("市气象台预警", null, Duration.ofMinutes(30)))));
        assertEquals(List.of("网络数据源 区气象站 超过 10 分钟 未送来新文件（最后 07:20）",
                        "网络数据源 市气象台预警 启动以来未送来文件（应每 30 分钟 一次）"),
                board.items().stream().map(i -> words.sentence(i, NOW)).toList());
        assertTrue(board.items().stream().allMatch(i -> i.kind() == Kind.SOURCE_SILENT && !i.urgent()
                && i.place() == BoardItem.Place.SETTINGS));
    }

    @Test
    void anExpiredSignalIsNotListedEvenIfReadJustBefore() {
        assertTrue(board(NOW, signal(1, SignalKind.BLIZZARD, SignalColour.RED, NOW)).items().isEmpty());
    }

    @Test
    void aNewSignalAlertsOnceAndAnUpdateToItAlertsAgain() {
        Alerts alerts = new Alerts();
        WarningInForce orange = signal(1, SignalKind.ROAD_ICING, SignalColour.ORANGE, local("2026-12-03T08:00"));
        List<Alerts.Alert> raised = alerts.update(board(NOW, orange));
        assertEquals(1, raised.size());
        alerts.acknowledge(raised);
        assertTrue(alerts.update(board(NOW.plusSeconds(60), orange)).isEmpty(), "acknowledged: not raised again");
        WarningInForce red = signal(2, SignalKind.ROAD_ICING, SignalColour.RED, local("2026-12-03T08:00"));
        assertEquals(1, alerts.update(board(NOW.plusSeconds(120), red)).size(), "the update is a new signal");
        assertFalse(alerts.update(board(NOW.plusSeconds(180), signal(3, SignalKind.COLD_WAVE, SignalColour.RED,
                local("2026-12-03T08:00")))).stream().anyMatch(a -> a.item().kind() == Kind.WARNING));
    }
}
