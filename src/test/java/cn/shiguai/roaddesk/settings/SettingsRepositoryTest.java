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
        assertTrue(settings.get("readings.staleHours").isEmpty());
        settings.put("readings.staleHours", "3", "王值班");
        settings.put("readings.staleHours", "5", "王值班");
        settings.put("ui.language", "en", "王值班");
        assertEquals("5", settings.get("readings.staleHours").orElseThrow());
        var entries = log.list(LogQuery.between(null, null));
        assertEquals("设置「读数过时阈值（小时）」：3 → 5", entries.get(1).text(), "in words, never by its key");
        assertEquals("设置「界面语言」：（未设） → English", entries.get(2).text());
    }
}
