package cn.shiguai.roaddesk.situation.ui;

import cn.shiguai.roaddesk.rules.ClauseResult;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.LevelResult;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.rules.Truth;
import java.util.List;

/**
 * An evaluation as the level panel shows it: the badge, one sentence of why, the warnings,
 * how far the next level is, and the clause table. Pure, so it is tested without a toolkit.
 */
public record LevelPanelModel(ResponseLevel level, String badge, String levelName, String verdict,
                              List<String> warnings, String next, String meanTemperature, String ruleSet,
                              String citation, List<ExplanationRow> rows) {

    public static LevelPanelModel of(Evaluation e, EvaluationText text) {
        var m = text.messages();
        String mean = e.meanTemperature().known()
                ? m.format("panel.mean", text.quantity(cn.shiguai.roaddesk.rules.ClauseKind.DAILY_MEAN_TEMP,
                        e.meanTemperature().displayValue()), text.meanSource(e.meanTemperature()))
                : m.get("panel.meanUnknown");
        List<ExplanationRow> rows = e.levels().stream().map(r -> levelRow(r, text)).toList();
        return new LevelPanelModel(e.level(), text.levelShort(e.level()), text.levelName(e.level()), text.verdict(e),
                text.warnings(e), text.nextLevelSummary(e), mean,
                m.format("panel.ruleSet", e.ruleSetName(), e.date().toString()),
                m.format("panel.citation", text.planTitle()), rows);
    }

    /** The CSS class of a level's colour: I red, II orange, III yellow, IV blue, none grey. */
    public static String styleClass(ResponseLevel level) {
        return "level-" + level.code().toLowerCase(java.util.Locale.ROOT);
    }

    private static ExplanationRow levelRow(LevelResult r, EvaluationText text) {
        var m = text.messages();
        List<ExplanationRow> clauses = r.clauses().stream().map(c -> clauseRow(c, text)).toList();
        String parts = m.format("panel.levelParts", mark(r.weather()),
                r.cold() == null ? m.get("panel.notRequired") : mark(r.cold()), mark(r.traffic()));
        return new ExplanationRow(r.level(), text.levelName(r.level()), "", parts, "", r.holds(),
                holdsText(r.holds(), text), r.rule().condition(), clauses);
    }

    private static ExplanationRow clauseRow(ClauseResult c, EvaluationText text) {
        return new ExplanationRow(c.level(), text.clauseLabel(c.kind()), text.threshold(c.threshold()),
                text.observed(c), text.where(c.evidence()), c.truth(), text.truth(c.truth()), c.threshold().quote(),
                List.of());
    }

    /** The same marks as the result column: ✔ met, ✘ not met, ? unknown. */
    static String mark(Truth t) {
        return t == Truth.MET ? "✔" : t == Truth.NOT_MET ? "✘" : "?";
    }

    private static String holdsText(Truth holds, EvaluationText text) {
        return text.messages().get("panel.holds." + holds.name());
    }
}
