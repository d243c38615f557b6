package cn.shiguai.roaddesk.measures.store;

import java.time.Instant;

/**
 * A status report on an assignment: who reported it (often by phone), who entered it, when.
 *
 * @param status NOT_STARTED, IN_PROGRESS, DONE or CANNOT
 */
public record StatusUpdateRow(long id, long assignmentId, String status, String reportedBy, String enteredBy,
                              Instant reportedAt, Instant recordedAt, String note) {
}
