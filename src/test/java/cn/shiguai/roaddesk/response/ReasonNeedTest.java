package cn.shiguai.roaddesk.response;

import static cn.shiguai.roaddesk.roster.Rosters.DAY;
import static cn.shiguai.roaddesk.roster.Rosters.DIRECTOR;
import static cn.shiguai.roaddesk.roster.Rosters.LEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.roster.Rosters;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonNeedTest {
    private static final DecisionAuthority AUTHORITY = new DecisionAuthority(Rosters.withDutyOfficer());

    /** A decision that differs from the recommendation (higher, lower or none) or is discretionary needs a reason. */
    @ParameterizedTest(name = "{0} {1}→{2}, recommended {3}: {4}")
    @CsvSource({
        "START,NONE,III,III,",
        "START,NONE,IV,NONE,DISCRETIONARY_START",
        "START,NONE,II,NONE,DISCRETIONARY_START",
        "START,NONE,II,III,ABOVE_RECOMMENDATION",
        "START,NONE,IV,III,BELOW_RECOMMENDATION",
        "RAISE,III,II,II,",
        "RAISE,III,I,II,ABOVE_RECOMMENDATION",
        "RAISE,IV,III,NONE,ABOVE_RECOMMENDATION",
        "LOWER,II,III,III,",
        "LOWER,II,IV,III,BELOW_RECOMMENDATION",
        "LOWER,II,III,II,BELOW_RECOMMENDATION",
        "LOWER,II,III,IV,ABOVE_RECOMMENDATION",
        "END,III,NONE,NONE,",
        "END,III,NONE,IV,ENDED_AGAINST_RECOMMENDATION",
        "END,I,NONE,I,ENDED_AGAINST_RECOMMENDATION"})
    void whenAReasonIsNeeded(DecisionKind kind, ResponseLevel from, ResponseLevel to, ResponseLevel recommended,
                             ReasonNeed expected) {
        assertEquals(Optional.ofNullable(expected), ReasonNeed.of(new Decision(kind, from, to), recommended));
    }

    @Test
    void aDiscretionaryStartWithoutAReasonIsRefused() {
        Verdict.Refused refused = (Verdict.Refused) AUTHORITY.check(new DecisionRequest(Decision.start(ResponseLevel.IV),
                ResponseLevel.NONE, DAY, DIRECTOR, Capacity.OFFICE_DIRECTOR, null, "  "));
        assertEquals(List.of(RefusalCode.REASON_MISSING), refused.codes());
        assertEquals("须填写理由：未达到任何级别的启动条件而视情况启动（§六(三)）（系统建议：无）",
                refused.refusals().get(0).message(Messages.chinese()));
    }

    @Test
    void aDiscretionaryStartWithAReasonIsAllowedAndSaysWhyTheReasonWasNeeded() {
        Verdict verdict = AUTHORITY.check(new DecisionRequest(Decision.start(ResponseLevel.IV), ResponseLevel.NONE, DAY,
                DIRECTOR, Capacity.OFFICE_DIRECTOR, null, "气象台预报今夜冻雨，旅游公路 K12 弯道可能严重影响通行"));
        assertEquals(new Verdict.Allowed(AuthorityBasis.OFFICE_FOR_LEVELS_III_IV,
                Optional.of(ReasonNeed.DISCRETIONARY_START)), verdict);
    }

    @Test
    void endingWhileALevelIsRecommendedNeedsAReason() {
        DecisionRequest withoutReason = new DecisionRequest(Decision.end(ResponseLevel.II), ResponseLevel.III, DAY,
                LEADER, Capacity.GROUP_LEADER, null, null);
        assertEquals(List.of(RefusalCode.REASON_MISSING), ((Verdict.Refused) AUTHORITY.check(withoutReason)).codes());
        DecisionRequest withReason = new DecisionRequest(Decision.end(ResponseLevel.II), ResponseLevel.III, DAY,
                LEADER, Capacity.GROUP_LEADER, null, "主要道路已全部恢复通行");
        assertTrue(AUTHORITY.check(withReason).isAllowed());
    }

    @Test
    void decidingAsRecommendedNeedsNoReason() {
        assertTrue(AUTHORITY.check(new DecisionRequest(Decision.raise(ResponseLevel.III, ResponseLevel.II),
                ResponseLevel.II, DAY, LEADER, Capacity.GROUP_LEADER, null, null)).isAllowed());
    }
}
