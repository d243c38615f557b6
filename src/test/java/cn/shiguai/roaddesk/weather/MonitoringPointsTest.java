package cn.shiguai.roaddesk.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.ClauseKind;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.Truth;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Points renamed, merged and retired; a merge makes a persistent-snow run the plan counts hold. */
class MonitoringPointsTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    static final String K12 = "五当召镇 旅游公路 K12 弯道";
    static final String TYPO = "五当镇旅游公路K12弯道";
    private final TestDesk desk = new TestDesk(TestClock.at("2026-01-12T06:00:00Z"), new SameThreadTaskRunner(),
            Messages.chinese(), "王海燕");
    private final MonitoringPoints points = desk.office().points();

    @AfterEach
    void close() {
        desk.close();
    }

    private void snow(String point, LocalDate day, double cm) {
        desk.office().readings().save(new ReadingDraft(Observation.at(point, day.atTime(8, 0)).snowDepthCm(cm).build(),
                LocationKind.DISTRICT, -5.0, null), "王海燕");
    }

    private long id(String name) {
        return points.list().stream().filter(p -> p.location().name().equals(name)).findFirst().orElseThrow()
                .location().id();
    }

    @Test
    void mergingThePointTypedWithACharacterMissingMakesTheThreeDayRunHold() {
        snow(K12, DAY.minusDays(2), 6);
        snow(K12, DAY.minusDays(1), 6);
        snow(TYPO, DAY, 6);
        var before = desk.office().situation().evaluationOf(DAY);
        assertEquals(ResponseLevel.IV, before.level(), "two points: no run of three days at either");
        assertEquals(Truth.NOT_MET, before.result(ResponseLevel.III).clause(ClauseKind.PERSISTENT_SNOW).truth());

        points.merge(id(TYPO), id(K12), "录入时漏字，实为同一监测点", "王海燕");
        var after = desk.office().situation().evaluationOf(DAY);
        assertEquals(ResponseLevel.III, after.level(), "more than 5 cm on each of three days at one point");
        assertEquals(K12, after.result(ResponseLevel.III).clause(ClauseKind.PERSISTENT_SNOW).evidence().location());
        assertEquals(1, desk.stores().readings().latest().size(), "the merged point is listed under the other");
        assertTrue(points.list().get(0).aliases().contains(TYPO));
        assertTrue(desk.stores().log().day(DAY).stream().anyMatch(e -> e.text().startsWith("监测点「" + TYPO + "」并入")
                && e.text().contains("理由：录入时漏字")));

        snow(TYPO, DAY, 7);
        assertEquals(1, desk.stores().readings().latest().size(), "a reading typed with the old name finds the point");
        assertEquals(7.0, desk.stores().readings().latest().get(0).latest().draft().observation().snowDepthCm());
    }

    @Test
    void aRenamedPointIsFoundByItsOldNameAndARetiredOneTakesNoReadings() {
        snow(K12, DAY, 6);
        points.rename(id(K12), "五当召镇 旅游公路 K12+300 弯道", "按公路局桩号更名", "王海燕");
        snow(K12, DAY, 8);
        assertEquals(1, desk.stores().readings().latest().size());
        assertEquals("五当召镇 旅游公路 K12+300 弯道", desk.stores().readings().latest().get(0).location());

        points.retire(id("五当召镇 旅游公路 K12+300 弯道"), "观测点拆除", "王海燕");
        LocalizedException refused = assertThrows(LocalizedException.class, () -> snow(K12, DAY, 9));
        assertEquals("points.problem.retired", refused.messageKey());
        assertThrows(LocalizedException.class, () -> points.rename(id("五当召镇 旅游公路 K12+300 弯道"), "x", " ", "王海燕"),
                "every act on a point needs a reason");
        assertTrue(desk.stores().log().verify().intact());
    }
}
