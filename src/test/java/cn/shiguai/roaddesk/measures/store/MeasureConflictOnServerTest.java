package cn.shiguai.roaddesk.measures.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.measures.StatusChangedMeanwhile;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two seats on one server report on the same measure from the same view: the second is refused, naming the first. */
class MeasureConflictOnServerTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSecondSeatsReportOverTheSameViewIsRefused() {
        StoreChoice.Server server = TestPostgres.freshServer(dir.resolve("a"));
        try (Database a = Database.open(server, clock, Database.Mode.WRITE);
             Database b = Database.open(new StoreChoice.Server(DataDirectory.of(dir.resolve("b")), server.url(),
                     server.seat(), null), clock, Database.Mode.WRITE);
             Office seatA = Office.onCallingThread(a, RULES, clock);
             Office seatB = Office.onCallingThread(b, RULES, clock)) {
            seatA.readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                    .snowDepthCm(12.0).airTempC(-6.0).build()), "王海燕");
            var evaluation = seatA.situation().evaluationOf(seatA.stores().readings().inputFor(DAY));
            seatA.responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), evaluation.level(), DAY,
                    "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null), clock.instant(), "王海燕");
            OwedItem seenAtA = patrol(seatA);
            OwedItem seenAtB = patrol(seatB);

            seatA.measures().update(seenAtA, new MeasureBoard.StatusReport(seenAtA.assignmentId(), MeasureStatus.DONE,
                    "李新明", "已撒布", clock.instant(), "王海燕"));
            StatusChangedMeanwhile refused = assertThrows(StatusChangedMeanwhile.class, () -> seatB.measures().update(
                    seenAtB, new MeasureBoard.StatusReport(seenAtB.assignmentId(), MeasureStatus.CANNOT, "李新明",
                            "不足", clock.instant(), "张伟")));

            assertEquals("王海燕", refused.enteredBy());
            assertEquals(MeasureStatus.DONE, refused.status());
            assertEquals("已撒布", refused.note());
            assertEquals(clock.instant(), refused.recordedAt());
            assertEquals(MeasureStatus.DONE, patrol(seatB).status(), "B's report was not recorded");
        }
    }

    private static OwedItem patrol(Office office) {
        return office.measures().owed().stream()
                .filter(i -> i.itemId().equals("III.2") && i.positionKey().equals("TRANSPORT")).findFirst().orElseThrow();
    }
}
