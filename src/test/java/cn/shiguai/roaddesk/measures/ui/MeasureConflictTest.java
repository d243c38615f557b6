package cn.shiguai.roaddesk.measures.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.measures.MeasureStatus;
import cn.shiguai.roaddesk.measures.OwedItem;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.ui.TestDesk;
import cn.shiguai.roaddesk.weather.ReadingDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two desks on one store update the same measure (issue 15, item 5): the second save, made from
 * the view both opened, is refused naming who changed it, when and what they wrote; the second
 * officer's typing stays in the form and is named too, and saving again records it knowingly.
 */
class MeasureConflictTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final TestClock clock = TestClock.at("2026-01-12T02:00:00Z");
    private final TestDesk deskA = new TestDesk(clock, new SameThreadTaskRunner(), Messages.chinese(), "王海燕");
    private final Office deskB = Office.onCallingThread(deskA.database(), TestDesk.RULES, clock);

    @AfterEach
    void close() {
        deskB.close();
        deskA.close();
    }

    @Test
    void theSecondSaveFromAStaleViewIsRefusedWithWhoWhenAndWhatAndKeepsWhatWasTyped() {
        deskA.office().readings().save(ReadingDraft.of(Observation.at("五当召镇 旅游公路 K12 弯道", DAY.atTime(8, 0))
                .snowDepthCm(12.0).airTempC(-6.0).build()), "王海燕");
        var evaluation = deskA.office().situation().evaluationOf(deskA.stores().readings().inputFor(DAY));
        deskA.office().responses().decide(new DecisionRequest(Decision.start(ResponseLevel.III), evaluation.level(), DAY,
                "刘雪峰", Capacity.OFFICE_DIRECTOR, null, null), clock.instant(), "王海燕");
        MeasuresViewModel screenA = screen(deskA.office(), "王海燕");
        MeasuresViewModel screenB = screen(deskB, "张伟");
        MeasureUpdateViewModel atA = screenA.updateOf(row(screenA, "III.2", "TRANSPORT"));
        MeasureUpdateViewModel atB = screenB.updateOf(row(screenB, "III.2", "TRANSPORT"));

        atA.status().set(MeasureStatus.DONE);
        atA.note().set("K12 至 K20 已撒布融雪剂");
        List<String> failuresA = new ArrayList<>();
        screenA.save(atA, () -> { }, failuresA::add);
        assertTrue(failuresA.isEmpty(), failuresA.toString());

        clock.advance(Duration.ofMinutes(3));
        atB.status().set(MeasureStatus.CANNOT);
        atB.note().set("融雪剂不足");
        List<String> failuresB = new ArrayList<>();
        List<String> savedB = new ArrayList<>();
        screenB.save(atB, () -> savedB.add("saved"), failuresB::add);

        assertTrue(savedB.isEmpty(), "refused");
        assertEquals(List.of("未保存：您打开此项后，王海燕 于 01-12 10:00 已录入「已完成」（报告人：李新明；备注：K12 至 K20 已撒布融雪剂）。"
                + "您填写的「无法完成」（备注：融雪剂不足）仍在表单中——再次保存即以您的为准，取消则保留对方的。"), failuresB);
        assertEquals(MeasureStatus.CANNOT, atB.status().get(), "what B chose is kept");
        assertEquals("融雪剂不足", atB.note().get(), "what B typed is kept");
        assertEquals(MeasureStatus.DONE, item(deskB).status(), "nothing of B's was recorded");
        assertEquals("K12 至 K20 已撒布融雪剂", item(deskB).note());

        screenB.save(atB, () -> savedB.add("saved"), failuresB::add);
        assertEquals(List.of("saved"), savedB, "saved knowingly over A's report");
        assertEquals(MeasureStatus.CANNOT, item(deskA.office()).status());
    }

    private MeasuresViewModel screen(Office office, String user) {
        MeasuresViewModel vm = new MeasuresViewModel(office.measures(), office.stores().reviewMarks(),
                new SameThreadTaskRunner(), Messages.chinese(), clock, ZONE, () -> user, office.changes());
        vm.load();
        return vm;
    }

    private static MeasureRow row(MeasuresViewModel vm, String itemId, String position) {
        return vm.groups().stream().filter(g -> g.positionKey().equals(position)).flatMap(g -> g.rows().stream())
                .filter(r -> r.item().itemId().equals(itemId)).findFirst().orElseThrow();
    }

    private static OwedItem item(Office office) {
        return office.measures().owed().stream()
                .filter(i -> i.itemId().equals("III.2") && i.positionKey().equals("TRANSPORT")).findFirst().orElseThrow();
    }
}
