package cn.shiguai.roaddesk.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.board.BoardItem.Kind;
import cn.shiguai.roaddesk.board.BoardItem.Place;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsTest {
    private static final Instant T0 = Instant.parse("2026-01-11T19:00:00Z");
    private static final Duration FIVE = Duration.ofMinutes(5);
    private final Alerts alerts = new Alerts();

    private static BoardItem item(String identity, boolean urgent) {
        return new BoardItem(Kind.STALE_POINT, identity, urgent, "board.stale", List.of(), Place.READINGS);
    }

    private static Board board(Instant at, BoardItem... items) {
        return new Board(at, List.of(items));
    }

    @Test
    void anUrgentItemIsRaisedOnceAndOnlyUrgentOnes() {
        assertEquals(1, alerts.update(board(T0, item("a", true), item("b", false))).size());
        assertEquals(List.of(), alerts.update(board(T0.plusSeconds(15), item("a", true), item("b", false))),
                "the same item on the next board is the same alert");
        assertEquals(1, alerts.open().size());
    }

    @Test
    void anAlertRepeatsEveryIntervalUntilAcknowledgedAndNeverAgainAfter() {
        alerts.update(board(T0, item("a", true)));
        assertEquals(List.of(), alerts.repeatsDue(T0.plus(Duration.ofMinutes(4)), FIVE));
        assertEquals(1, alerts.repeatsDue(T0.plus(FIVE), FIVE).size());
        assertEquals(List.of(), alerts.repeatsDue(T0.plus(Duration.ofMinutes(9)), FIVE), "five minutes from the repeat");
        assertEquals(1, alerts.repeatsDue(T0.plus(Duration.ofMinutes(10)), FIVE).size());

        alerts.acknowledge(alerts.open());
        assertEquals(List.of(), alerts.repeatsDue(T0.plus(Duration.ofMinutes(20)), FIVE));
        assertEquals(List.of(), alerts.update(board(T0.plus(Duration.ofMinutes(21)), item("a", true))),
                "acknowledged: the same item never alerts again");
    }

    @Test
    void onlyWhatWasSeenIsAcknowledgedAnAlertRaisedMeanwhileStaysOpen() {
        alerts.update(board(T0, item("a", true)));
        List<Alerts.Alert> seen = alerts.open();
        alerts.update(board(T0.plusSeconds(30), item("a", true), item("b", true)));
        alerts.acknowledge(seen);
        assertEquals(List.of("b"), alerts.open().stream().map(a -> a.item().identity()).toList());
    }

    @Test
    void anAlertWhoseItemLeftTheBoardIsWithdrawn() {
        alerts.update(board(T0, item("a", true)));
        alerts.update(board(T0.plusSeconds(60)));
        assertTrue(alerts.open().isEmpty());
    }

    @Test
    void theMuteIsTheOfficersAndEndsWithTheShift() {
        alerts.muteFor("王海燕");
        assertTrue(alerts.mutedFor("王海燕"));
        assertFalse(alerts.mutedFor("赵晓东"), "the next officer never chose silence");
        alerts.muteFor(null);
        assertFalse(alerts.mutedFor("王海燕"));
    }
}
