package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.db.TestDatabases;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRefusedException;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.response.OrderChannel;
import cn.shiguai.roaddesk.response.RefusalCode;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, item 2: a duty officer records a decision only as an order, named, with how it was received. */
class OrderReceivedTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final Office office = Office.onCallingThread(TestDatabases.fresh(clock), new RuleSetLoader().loadDefault(),
            clock);

    private DecisionRequest order(OrderChannel via) {
        return new DecisionRequest(Decision.start(ResponseLevel.III), ResponseLevel.III, DAY, "王海燕",
                Capacity.DUTY_OFFICER, "刘雪峰", null, via);
    }

    @Test
    void anOrderWithoutHowItCameIsRefusedAndOneByPhoneIsLoggedSo() {
        office.roster().appointDutyOfficer("王海燕", DAY.minusDays(10), null, "系统");
        office.readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-7.0).build()), "王海燕");
        office.seat().signIn(new Actor("王海燕", Role.DUTY_OFFICER));
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> office.responses().decide(order(null), clock.instant(), "王海燕"));
        assertTrue(refused.verdict().codes().contains(RefusalCode.ORDER_CHANNEL_MISSING), refused.getMessage());

        office.responses().decide(order(OrderChannel.PHONE), clock.instant(), "王海燕");
        assertTrue(office.stores().log().day(DAY).stream().anyMatch(e -> e.text().contains("由值班员按 刘雪峰 的电话指令录入")),
                office.stores().log().day(DAY).toString());
        assertEquals(ResponseLevel.III, office.situation().refreshNow().activeLevel());
    }

    @Test
    void aLeadersDecisionRecordedByTheOfficerSaysHowItCame() {
        office.readings().save(new ReadingDraft(Observation.at("石拐街道 包石公路 K35 大桥", DAY.atTime(8, 0))
                .snowDepthCm(23.0).build(), cn.shiguai.roaddesk.weather.LocationKind.DISTRICT, -9.0, null), "王海燕");
        office.seat().signIn(new Actor("王海燕", Role.DUTY_OFFICER));
        ResponseLevel recommended = office.situation().refreshNow().recommendedLevel();
        assertEquals(ResponseLevel.II, recommended);
        DecisionRequest byLeader = new DecisionRequest(Decision.start(ResponseLevel.II), ResponseLevel.II, DAY, "张占良",
                Capacity.GROUP_LEADER, null, null);
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> office.responses().decide(byLeader, clock.instant(), "王海燕"));
        assertEquals(java.util.List.of(RefusalCode.ORDER_CHANNEL_MISSING), refused.verdict().codes());
        office.responses().decide(new DecisionRequest(Decision.start(ResponseLevel.II), ResponseLevel.II, DAY, "张占良",
                Capacity.GROUP_LEADER, null, null, OrderChannel.IN_PERSON), clock.instant(), "王海燕");
        assertTrue(office.stores().log().day(DAY).stream().anyMatch(e -> e.text().contains("；当面收到，由 王海燕 录入")),
                office.stores().log().day(DAY).toString());
    }
}
