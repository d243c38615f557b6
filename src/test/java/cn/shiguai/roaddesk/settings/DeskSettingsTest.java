package cn.shiguai.roaddesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeskSettingsTest {
    private final Database db = TestDatabases.fresh(TestClock.at("2026-01-12T10:00:00Z"));
    private final SettingsRepository repository = new SettingsRepository(db, new DutyLog(db));
    private final DeskSettings settings = new DeskSettings(repository);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void defaultsOnAFreshDesk() {
        assertEquals("zh", settings.language());
        assertEquals(3, settings.staleHours());
        assertEquals(Optional.empty(), settings.font());
    }

    @Test
    void valuesWrittenAreReadBack() {
        settings.setLanguage("en", "王海燕");
        settings.setStaleHours(6, "王海燕");
        settings.setFont("  /usr/share/fonts/simsun.ttc ", "王海燕");
        assertEquals("en", settings.language());
        assertEquals(6, settings.staleHours());
        assertEquals(Optional.of(Path.of("/usr/share/fonts/simsun.ttc")), settings.font());
        settings.setFont("", "王海燕");
        assertTrue(settings.font().isEmpty(), "blank means the system fonts");
    }

    /** A value edited into the database by hand must not stop the readings screen from loading. */
    @Test
    void aStaleHoursValueThatIsNotANumberInRangeReadsAsTheDefault() {
        repository.put(DeskSettings.STALE_HOURS, "drei", "系统");
        assertEquals(3, settings.staleHours());
        repository.put(DeskSettings.STALE_HOURS, "0", "系统");
        assertEquals(3, settings.staleHours());
        repository.put(DeskSettings.STALE_HOURS, " 12 ", "系统");
        assertEquals(12, settings.staleHours());
        assertThrows(IllegalArgumentException.class, () -> settings.setStaleHours(73, "王海燕"));
    }

    @Test
    void anUnknownLanguageReadsAsChinese() {
        repository.put(DeskSettings.LANGUAGE, "fr", "系统");
        assertEquals("zh", settings.language());
    }
}
