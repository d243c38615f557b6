package cn.shiguai.roaddesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traffic nobody reported reads 未报告, never "0 小时 / 0 公里". */
class UnreportedTrafficTest {
    private final EvaluationText text = new EvaluationText(Messages.chinese(), Inputs.RULES);

    private List<String> trafficObserved(Evaluation e) {
        return e.allClauses().stream().filter(c -> c.kind().group() == ClauseKind.Group.TRAFFIC)
                .map(text::observed).distinct().toList();
    }

    @Test
    void noTrafficReportReadsNotReported() {
        Evaluation e = Inputs.cold().snow("K35", Inputs.at(0, 8), 6).evaluate();
        assertEquals(List.of("未报告"), trafficObserved(e));
    }

    @Test
    void aReportedClearRoadReadsZero() {
        Evaluation e = Inputs.cold().snow("K35", Inputs.at(0, 8), 6).traffic(0, 0, false).evaluate();
        List<String> observed = trafficObserved(e);
        assertFalse(observed.contains("未报告"), observed.toString());
        assertEquals(true, observed.contains("0 小时"), observed.toString());
    }
}
