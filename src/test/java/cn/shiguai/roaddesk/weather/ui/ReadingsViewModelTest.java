package cn.shiguai.roaddesk.weather.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.situation.SituationService;
import cn.shiguai.roaddesk.situation.ui.SituationModel;
import java.util.Optional;
import cn.shiguai.roaddesk.weather.InMemoryReadingStore;
import cn.shiguai.roaddesk.weather.ReadingService;
import cn.shiguai.roaddesk.weather.ReadingStore;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import org.junit.jupiter.api.Test;

class ReadingsViewModelTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();

    /** The screen over a store, with the desk's situation computed from that store as the app does. */
    private static ReadingsViewModel model(ReadingStore store) {
        Messages m = Messages.chinese();
        ChangeBus changes = new ChangeBus();
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        SituationService situation = new SituationService(() -> RULES, store::inputFor, Optional::empty,
                () -> "王值班", ReadingFormViewModelTest.CLOCK, Runnable::run).listenTo(changes);
        return new ReadingsViewModel(new ReadingFormViewModel(m, ReadingFormViewModelTest.CLOCK,
                ReadingFormViewModelTest.SHANGHAI), new ReadingService(store, changes),
                new SituationModel(situation, tasks), RULES, tasks, m, ReadingFormViewModelTest.CLOCK, () -> "王值班",
                changes, () -> 3);
    }

    @Test
    void addingAReadingKeepsItAndRecomputesTheLevel() {
        ReadingsViewModel vm = model(new InMemoryReadingStore(ReadingFormViewModelTest.CLOCK));
        vm.load();
        assertEquals(ResponseLevel.NONE, vm.evaluation().get().level());
        vm.form().text(ReadingField.LOCATION).set("石拐 主干道 K35");
        vm.form().text(ReadingField.SNOW_DEPTH).set("23.5");
        vm.form().text(ReadingField.DAILY_MEAN).set("-9");
        assertTrue(vm.add());
        assertEquals(ResponseLevel.II, vm.evaluation().get().level());
        assertEquals(1, vm.readings().size());
        assertEquals("王值班", vm.readings().get(0).enteredBy());
        assertEquals("", vm.form().text(ReadingField.SNOW_DEPTH).get());
        assertTrue(vm.status().get().contains("石拐 主干道 K35"));
    }

    @Test
    void anInvalidFormIsNotSaved() {
        InMemoryReadingStore store = new InMemoryReadingStore(ReadingFormViewModelTest.CLOCK);
        ReadingsViewModel vm = model(store);
        vm.form().text(ReadingField.LOCATION).set("K35");
        vm.form().text(ReadingField.SNOW_DEPTH).set("-3");
        assertFalse(vm.add());
        assertTrue(store.recent(10).isEmpty());
    }

    @Test
    void aFailedSaveSaysSoAndKeepsWhatWasTyped() {
        InMemoryReadingStore empty = new InMemoryReadingStore(ReadingFormViewModelTest.CLOCK);
        ReadingStore failing = (ReadingStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReadingStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save")) {
                        throw new IllegalStateException("磁盘已满");
                    }
                    return method.invoke(empty, args);
                });
        ReadingsViewModel vm = model(failing);
        vm.form().text(ReadingField.LOCATION).set("K35");
        vm.form().text(ReadingField.SNOW_DEPTH).set("12");
        vm.add();
        assertTrue(vm.error().get().contains("磁盘已满") && vm.error().get().contains("保留"), vm.error().get());
        assertEquals("K35", vm.form().text(ReadingField.LOCATION).get());
        assertEquals("12", vm.form().text(ReadingField.SNOW_DEPTH).get());
        assertTrue(vm.readings().isEmpty());
        assertFalse(vm.busy().get());
    }
}
