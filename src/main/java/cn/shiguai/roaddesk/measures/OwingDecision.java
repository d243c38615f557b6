package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.rules.ResponseLevel;

/**
 * A decision that sets a level, as the measures feature needs to know it to write what the new
 * level owes: the response feature hands it over inside the decision's transaction.
 *
 * @param previousLevel the level in force before the decision ({@code NONE} for a start)
 * @param trafficCut whether a main road is reported cut (§九(二)'s task is owed only then)
 * @param enteredBy  who typed the decision in, named on the assignments and the log entry
 */
public record OwingDecision(long activationId, long decisionId, ResponseLevel previousLevel, ResponseLevel level,
                            boolean trafficCut,
                            String enteredBy) {
}
