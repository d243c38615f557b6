package cn.shiguai.roaddesk.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.StoreChoice;
import cn.shiguai.roaddesk.common.db.TestPostgres;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seat whose cable to the server is cut (issue 15, item 6): it says so at once, refuses to
 * save rather than write anywhere else, reconnects by itself when the cable is mended and then
 * reloads every screen, so it shows what another seat saved meanwhile.
 */
class LostServerTest {
    @TempDir
    Path dir;

    @Test
    void aSeatThatLosesTheServerSaysSoWritesNowhereAndReloadsWhenBack() throws Exception {
        StoreChoice.Server server = TestPostgres.freshServer(dir.resolve("owner"));
        Database.open(server, LiveAcrossSeatsTest.CLOCK, Database.Mode.WRITE).close();
        URI address = URI.create(server.url().substring("jdbc:".length()));
        try (TcpCut cable = new TcpCut(address.getHost(), address.getPort())) {
            String viaCable = "jdbc:postgresql://127.0.0.1:" + cable.port() + address.getPath();
            StoreChoice.Server seatChoice = new StoreChoice.Server(DataDirectory.of(dir.resolve("seat")), viaCable,
                    server.seat(), null);
            StoreChoice.Server otherChoice = new StoreChoice.Server(DataDirectory.of(dir.resolve("other")),
                    server.url(), server.seat(), null);
            try (Database seatDb = Database.open(seatChoice, LiveAcrossSeatsTest.CLOCK, Database.Mode.WRITE);
                 Office seat = Office.forWindow(seatDb, LiveAcrossSeatsTest.RULES, LiveAcrossSeatsTest.CLOCK);
                 Database otherDb = Database.open(otherChoice, LiveAcrossSeatsTest.CLOCK, Database.Mode.WRITE);
                 Office other = Office.onCallingThread(otherDb, LiveAcrossSeatsTest.RULES, LiveAcrossSeatsTest.CLOCK)) {
                SeatLink link = seat.link().orElseThrow();
                Waits.until(link::isListening, 10_000);
                List<StoreState> told = new CopyOnWriteArrayList<>();
                link.watch(told::add);
                Set<Change> heard = ConcurrentHashMap.newKeySet();
                seat.changes().subscribe(heard::add);

                cable.cut();
                Waits.until(() -> !link.state().answers(), 2_000);
                assertFalse(told.get(told.size() - 1).answers(), "the header was told: " + told);

                java.util.concurrent.atomic.AtomicBoolean toldByTheSave = new java.util.concurrent.atomic.AtomicBoolean();
                seatDb.whenUnreachable(() -> toldByTheSave.set(true)); // what the link hears from a failed save
                RuntimeException refused = assertThrows(RuntimeException.class, () -> seat.readings().save(reading(3.0),
                        "王海燕"));
                assertInstanceOf(DataAccessException.class, refused);
                assertEquals("store.error.server.unreachable", ((DataAccessException) refused).messageKey());
                assertTrue(toldByTheSave.get(), "a failed save tells the link at once");
                seatDb.whenUnreachable(() -> { });
                assertFalse(Files.exists(dir.resolve("seat").resolve("roaddesk.mv.db")), "no file written instead");
                other.readings().save(reading(12.0), "刘雪峰");
                heard.clear();

                cable.mend();
                Waits.until(() -> link.state().answers() && link.isListening(), 20_000);
                Waits.until(() -> heard.containsAll(EnumSet.allOf(Change.class)), 5_000);
                Waits.until(() -> seat.situation().latest()
                        .filter(s -> s.recommendedLevel() == ResponseLevel.III).isPresent(), 5_000);
                assertEquals(1, seat.stores().readings().inputFor(LiveAcrossSeatsTest.DAY).observations().size(),
                        "only the other seat's reading is stored; the refused one is nowhere");
            }
        }
    }

    private static ReadingDraft reading(double snowCm) {
        return ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", LiveAcrossSeatsTest.DAY.atTime(8, 0))
                .snowDepthCm(snowCm).airTempC(-7.0).build());
    }
}
