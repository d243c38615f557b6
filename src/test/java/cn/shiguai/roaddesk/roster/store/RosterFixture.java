package cn.shiguai.roaddesk.roster.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.io.IOException;
import java.io.InputStream;

/** The small roster fixture, same format as resources/roster/roster-2019.json. */
public final class RosterFixture {

    private RosterFixture() {
    }

    public static boolean seed(Database db, DutyLog log) throws IOException {
        try (InputStream in = RosterFixture.class.getResourceAsStream("/fixtures/roster-small.json")) {
            return new RosterSeed(db, new RosterRepository(db, log), log).seedIfEmpty(in, "roster-small.json");
        }
    }
}
