package cn.shiguai.roaddesk.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterStoreTest {
    private final Database db = TestDatabases.fresh(TestClock.at("2026-01-12T02:00:00Z"));
    private final DutyLog log = new DutyLog(db);
    private final RosterRepository roster = new RosterRepository(db, log);

    private static boolean seed(Database db, DutyLog log) throws IOException {
        return RosterFixture.seed(db, log);
    }

    @BeforeEach
    void seedFixture() throws IOException {
        assertTrue(seed(db, log));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void seedsPositionsAndTermsOnceOnly() throws IOException {
        assertEquals(4, roster.positions().size());
        assertEquals("LEADER", roster.positions().get(0).key());
        assertFalse(roster.positions().get(3).memberUnit());
        assertEquals(4, roster.currentTerms().size());
        assertFalse(seed(db, log), "a seeded roster is never seeded again");
        assertEquals(1, log.list(LogQuery.between(null, null).withCategories(Set.of(LogCategory.ROSTER))).size());
    }

    @Test
    void aChangeOfHolderEndsTheOldTermSoThePastStillNamesWhoHeldIt() {
        TermRow next = roster.changeHolder("TRANSPORT", "赵新任", LocalDate.of(2026, 1, 1), "任命", "王值班");
        assertEquals("赵新任", next.person());
        assertEquals("李新明", roster.holderOn("TRANSPORT", LocalDate.of(2025, 12, 31)).orElseThrow().person());
        assertEquals("赵新任", roster.holderOn("TRANSPORT", LocalDate.of(2026, 1, 1)).orElseThrow().person());
        assertEquals(LocalDate.of(2025, 12, 31), roster.terms("TRANSPORT").get(0).endDate());
        assertTrue(log.verify().intact());
        assertThrows(IllegalArgumentException.class,
                () -> roster.changeHolder("TRANSPORT", "钱", LocalDate.of(2025, 6, 1), null, "王值班"));
    }

    @Test
    void anUnknownPositionIsRefused() {
        assertThrows(DataAccessException.class,
                () -> roster.changeHolder("NO_SUCH_POSITION", "某人", LocalDate.of(2026, 1, 1), null, "王值班"));
    }
}
