package cn.shiguai.roaddesk.weather.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's rules, without a toolkit. */
class ReadingFormViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-12T00:30:00Z"), ZoneOffset.UTC);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ReadingFormViewModel vm = new ReadingFormViewModel(Messages.chinese(), CLOCK, SHANGHAI);

    @Test
    void anEmptyFormShowsNoErrorButAValueWithoutAPointAsksForIt() {
        assertEquals("", vm.problem(ReadingField.LOCATION).get(), "just opened: nothing is wrong yet");
        assertTrue(vm.draft().isEmpty(), "and nothing can be saved");
        vm.text(ReadingField.SNOW_DEPTH).set("12");
        assertEquals("请填写监测点", vm.problem(ReadingField.LOCATION).get());
        vm.text(ReadingField.LOCATION).set("石拐 主干道 K35");
        assertTrue(vm.draft().isPresent());
        vm.clearAfterSave();
        assertEquals("", vm.problem(ReadingField.LOCATION).get(), "after a save the empty field is not red");
    }

    @Test
    void timeDefaultsToNowInTheDistrict() {
        assertEquals("2026-01-12 08:30", vm.text(ReadingField.TIME).get());
    }

    @Test
    void aValidReadingBecomesADraft() {
        vm.text(ReadingField.LOCATION).set(" 石拐 主干道 K35 ");
        vm.text(ReadingField.SNOW_DEPTH).set("23.5");
        vm.text(ReadingField.AIR_TEMP).set("－１１");
        vm.text(ReadingField.DAILY_MEAN).set("-9");
        vm.phenomenon().set(FreezingPhenomenon.NONE);
        ReadingDraft d = vm.draft().orElseThrow();
        assertEquals("石拐 主干道 K35", d.observation().location());
        assertEquals(LocalDateTime.of(2026, 1, 12, 8, 30), d.observation().time());
        assertEquals(23.5, d.observation().snowDepthCm());
        assertEquals(-11.0, d.observation().airTempC());
        assertNull(d.observation().roadIceThicknessCm(), "an empty field is 'not measured', not 0");
        assertNull(d.observation().roadIcing());
        assertEquals(FreezingPhenomenon.NONE, d.observation().freezingPhenomenon());
        assertEquals(-9.0, d.dailyMeanTempC());
        assertNull(d.traffic());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "SNOW_DEPTH|-3|0–300 厘米", "SNOW_DEPTH|300.5|0–300 厘米", "SNOW_DEPTH|abc|0–300 厘米",
            "ICE_THICKNESS|31|0–30 厘米", "ACCRETION|-0.1|0–300 毫米", "AIR_TEMP|-61|-60–50 ℃",
            "DAILY_MEAN|51|-60–50 ℃", "CUT_HOURS|721|0–720 小时", "QUEUE_KM|300.1|0–300 公里",
            "TIME|2026-01-12|年-月-日 时:分", "TIME|2026-01-12 08:41|比现在晚 11 分"})
    void invalidValuesAreRefusedWithTheAcceptedRange(ReadingField field, String typed, String mentioned) {
        vm.text(ReadingField.LOCATION).set("K35");
        vm.text(ReadingField.SNOW_DEPTH).set("10");
        vm.text(field).set(typed);
        String problem = vm.problem(field).get();
        assertTrue(problem.contains(mentioned), problem);
        assertFalse(vm.valid().get());
        assertTrue(vm.draft().isEmpty());
    }

    @Test
    void boundsAreInclusive() {
        vm.text(ReadingField.LOCATION).set("K35");
        vm.text(ReadingField.SNOW_DEPTH).set("300");
        vm.text(ReadingField.ICE_THICKNESS).set("0");
        vm.text(ReadingField.AIR_TEMP).set("-60");
        vm.text(ReadingField.CUT_HOURS).set("720");
        assertTrue(vm.valid().get(), vm.problem(ReadingField.SNOW_DEPTH).get());
    }

    @Test
    void aFormWithNothingMeasuredIsRefused() {
        vm.text(ReadingField.LOCATION).set("K35");
        assertFalse(vm.valid().get());
        assertEquals("请至少填写一项观测值或交通情况", vm.formProblem().get());
        vm.roadIcing().set(Reported.NO);
        assertTrue(vm.valid().get());
    }

    @Test
    void aDiameterContradictingNoPhenomenonIsRefusedUntilOneIsFixed() {
        vm.text(ReadingField.LOCATION).set("K35");
        vm.text(ReadingField.ACCRETION).set("12");
        vm.phenomenon().set(FreezingPhenomenon.NONE);
        assertFalse(vm.problem(ReadingField.ACCRETION).get().isEmpty());
        vm.phenomenon().set(FreezingPhenomenon.GLAZE);
        assertEquals("", vm.problem(ReadingField.ACCRETION).get());
        assertTrue(vm.valid().get());
    }

    @Test
    void trafficFieldsMakeATrafficReportForTheLocation() {
        vm.text(ReadingField.LOCATION).set("包固路 K20");
        vm.text(ReadingField.CUT_HOURS).set("13");
        vm.interruptionLikely().set(true);
        ReadingDraft d = vm.draft().orElseThrow();
        assertEquals("包固路 K20", d.traffic().road());
        assertEquals(13.0, d.traffic().cutHours());
        assertEquals(0.0, d.traffic().queueKm());
        assertTrue(d.traffic().interruptionLikely());
    }

    @Test
    void clearingAfterASaveLeavesTheTimeFollowingTheClockAgain() {
        vm.text(ReadingField.LOCATION).set("K35");
        vm.text(ReadingField.TIME).set("2026-01-12 08:00");
        assertTrue(vm.time().edited().get());
        vm.text(ReadingField.SNOW_DEPTH).set("12");
        vm.roadIcing().set(Reported.YES);
        vm.clearAfterSave();
        assertEquals("", vm.text(ReadingField.LOCATION).get());
        assertEquals("", vm.text(ReadingField.SNOW_DEPTH).get());
        assertEquals(Reported.NOT_REPORTED, vm.roadIcing().get());
        assertEquals("2026-01-12 08:30", vm.text(ReadingField.TIME).get(), "a saved time never sticks: it is now again");
        assertFalse(vm.time().edited().get());
    }
}
