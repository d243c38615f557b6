package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.app.Office;
import cn.shiguai.roaddesk.response.Capacity;
import cn.shiguai.roaddesk.response.Decision;
import cn.shiguai.roaddesk.response.DecisionRequest;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.time.LocalDate;

/** The group leader raises the sample's level II response to level I. */
final class SampleReadingsRaise {
    private SampleReadingsRaise() {
    }

    static void toLevelI(Office office, LocalDate day, Instant at) {
        var evaluation = office.situation().evaluationOf(day);
        office.responses().decide(new DecisionRequest(Decision.raise(ResponseLevel.II, ResponseLevel.I),
                evaluation.level(), day, "张占良", Capacity.GROUP_LEADER, null, "K12 弯道积雪持续加深，旅游公路预计长时间中断"), at, "王海燕");
    }
}
