package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.rules.RuleSet;
import java.util.Objects;

/**
 * What every document is assembled against and that changes rarely: the office, the rule set
 * (for wording evaluations and thresholds), the measure catalogue and the roster (for what a
 * level would ask of each department when a warning is issued before any response).
 */
public record ReportContext(IssuingOffice office, RuleSet ruleSet, MeasureCatalogue catalogue, Roster roster) {
    public ReportContext {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(roster, "roster");
    }
}
