package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A first start names its officer: on the roster, at the desk, in the situation, in the log. */
class FirstShiftTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void theFirstOfficerIsNamedPutOnTheRosterAndTheShiftLogged() {
        Database database = TestDatabases.fresh(clock);
        Office office = Office.onCallingThread(database, RULES, clock);
        assertFalse(office.officer().isNamed(), "a new desk has only the placeholder");
        office.beginFirstShift(" 李春梅 ");
        assertTrue(office.officer().isNamed());
        assertEquals("李春梅", office.officer().name());
        assertEquals("李春梅", office.situation().current().officer(), "the situation names the new officer");
        LocalDate day = LocalDate.of(2026, 1, 12);
        assertTrue(office.roster().roster().dutyOfficersOn(day).stream().anyMatch(t -> t.person().equals("李春梅")));
        List<LogEntry> entries = office.stores().log().day(day);
        LogEntry shift = entries.get(entries.size() - 1);
        assertEquals("李春梅", shift.author());
        assertEquals("值班台首次启用：李春梅 开始值班。", shift.text());
    }
}
