package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import org.junit.jupiter.api.Test;

/** Works whether or not the real roster and catalogue files are packaged yet: running twice changes nothing. */
class ReferenceDataTest {

    @Test
    void loadingReferenceDataTwiceIsANoOp() {
        try (Database db = TestDatabases.fresh(TestClock.at("2026-01-12T00:00:00Z"))) {
            DutyLog log = new DutyLog(db);
            ReferenceData.load(db, log);
            long entries = log.verify().count();
            ReferenceData.load(db, log);
            assertEquals(entries, log.verify().count());
        }
    }
}
