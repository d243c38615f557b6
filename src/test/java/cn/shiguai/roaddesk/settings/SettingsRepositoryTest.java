package cn.shiguai.roaddesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsRepositoryTest {
    private final Database db = TestDatabases.fresh(TestClock.at("2026-01-12T10:00:00Z"));
    private final DutyLog log = new DutyLog(db);
    private final SettingsRepository settings = new SettingsRepository(db, log);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void valuesAreKeptAndEveryChangeIsLogged() {
        assertTrue(settings.get("report.compiler").isEmpty());
        settings.put("report.compiler", "王值班", "王值班");
        settings.put("report.compiler", "李值班", "王值班");
        assertEquals("李值班", settings.get("report.compiler").orElseThrow());
        assertEquals("设置 report.compiler：王值班 → 李值班",
                log.list(LogQuery.between(null, null)).get(1).text());
    }
}
