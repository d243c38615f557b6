package cn.shiguai.roaddesk.response;

import cn.shiguai.roaddesk.rules.ResponseLevel;
import java.time.Instant;

/**
 * The response in force, as the header shows it.
 *
 * @param decidedBy who decided the current level, with the capacity they decided in
 */
public record ActiveResponse(long activationId, ResponseLevel level, Instant since, Instant levelSince,
                             String decidedBy) { }
