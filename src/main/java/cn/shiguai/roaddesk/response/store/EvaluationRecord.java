package cn.shiguai.roaddesk.response.store;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The engine's result as it stood when a decision or report relied on it, kept with its inputs.
 *
 * @param purpose DECISION, REPORT or MONITOR
 */
public record EvaluationRecord(long id, Instant evaluatedAt, LocalDate day, String ruleSet, ResponseLevel level,
                               String purpose, String requestedBy, String inputsJson, String resultJson) {
}
