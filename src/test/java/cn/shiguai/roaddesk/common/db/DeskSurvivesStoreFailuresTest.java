package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import cn.shiguai.roaddesk.app.Stores;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import cn.shiguai.roaddesk.weather.ReadingService;
import cn.shiguai.roaddesk.weather.ui.ReadingField;
import cn.shiguai.roaddesk.weather.ui.ReadingFormViewModel;
import cn.shiguai.roaddesk.weather.ui.ReadingsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's side of issue 3's failure behaviour, on a real file database: a full disk fails
 * the save with the store's message while the form keeps what was typed and nothing is left
 * half-written; and what was entered comes back after a restart, the level recomputed from it.
 */
class DeskSurvivesStoreFailuresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    @TempDir
    Path dir;

    @AfterEach
    void restoreDisk() {
        FilePathFullDisk.unlimited();
    }

    private static ReadingsViewModel screen(Office office) {
        Messages m = Messages.chinese();
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        return new ReadingsViewModel(new ReadingFormViewModel(m, CLOCK, RULES.zone()), office.readings(),
                new SituationModel(office.situation(), tasks), RULES, tasks, m, CLOCK, () -> "王海燕", office.changes(),
                () -> 3);
    }

    @Test
    void aFullDiskKeepsTheFormAndLeavesNothingHalfWritten() {
        FilePathFullDisk.register();
        DataDirectory data = DataDirectory.of(dir);
        Database db = Database.open(data, CLOCK, new OpenOptions(FilePathFullDisk.SCHEME + ":file:", ""));
        DutyLog log = new DutyLog(db);
        Office office = Office.onCallingThread(db, RULES, CLOCK);
        long entriesBefore = log.verify().count();
        ReadingsViewModel vm = screen(office);
        vm.form().text(ReadingField.LOCATION).set("五当召镇 旅游公路 K12 弯道");
        vm.form().text(ReadingField.SNOW_DEPTH).set("23.5");
        vm.form().text(ReadingField.DAILY_MEAN).set("-9");

        FilePathFullDisk.allowBytes(0);
        assertTrue(vm.add());
        assertTrue(vm.error().get().contains("磁盘已满"), vm.error().get());
        assertTrue(vm.error().get().contains("保留"), vm.error().get());
        assertEquals("五当召镇 旅游公路 K12 弯道", vm.form().text(ReadingField.LOCATION).get());
        assertEquals("23.5", vm.form().text(ReadingField.SNOW_DEPTH).get());
        assertEquals("-9", vm.form().text(ReadingField.DAILY_MEAN).get());
        assertFalse(vm.busy().get());
        db.close();

        FilePathFullDisk.unlimited();
        try (Database reopened = Database.open(data, CLOCK)) {
            DutyLog after = new DutyLog(reopened);
            assertTrue(after.verify().intact());
            assertEquals(entriesBefore, after.verify().count(), "no log entry of the failed save");
            assertEquals(0L, (long) reopened.read(c -> TestDatabases.count(c, "reading")));
            assertEquals(0L, (long) reopened.read(c -> TestDatabases.count(c, "monitoring_location")));
            assertEquals(0L, (long) reopened.read(c -> TestDatabases.count(c, "daily_mean_entry")));
        }
    }

    @Test
    void whatWasEnteredComesBackAfterARestartAndTheLevelIsRecomputed() {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, CLOCK)) {
            Office office = Office.onCallingThread(db, RULES, CLOCK);
            ReadingService readings = office.readings();
            for (int d = 2; d >= 0; d--) {
                readings.save(ReadingDraft.of(Observation.at("白狐沟 K8", DAY.minusDays(d).atTime(8, 0))
                        .snowDepthCm(7.0).airTempC(-8.0).build()), "王海燕");
            }
            var evaluation = office.situation().evaluationOf(DAY);
            assertEquals(ResponseLevel.III, evaluation.level(), "persistent snow > 5 cm on three days");
            office.responses().decide(new DecisionRequest(
                    Decision.start(ResponseLevel.III), evaluation.level(), DAY, "刘雪峰", Capacity.OFFICE_DIRECTOR, null,
                    null), CLOCK.instant(), "王海燕");
        }
        try (Database db = Database.open(data, CLOCK)) {
            Office office = Office.onCallingThread(db, RULES, CLOCK);
            Stores stores = office.stores();
            ReadingsViewModel vm = screen(office);
            vm.load();
            assertEquals(3, vm.readings().size());
            assertEquals(ResponseLevel.III, vm.evaluation().get().level(), "recomputed from the stored history");
            assertEquals(ResponseLevel.III, stores.responses().active().orElseThrow().level());
            assertTrue(stores.measures().owed().stream().anyMatch(i -> i.itemId().equals("III.2")));
            assertTrue(new DutyLog(db).verify().intact());
        }
    }
}
