package cn.shiguai.roaddesk.measures.store;

import java.time.Instant;

/**
 * A measure or task an activation owes, and to which position.
 *
 * @param role LEAD or SUPPORT
 * @param carriedFrom the assignment of the level before that this one continues, or null
 * @param latestStatus the status of the latest update; NOT_STARTED when there is none
 */
public record AssignmentRow(long id, long activationId, long itemId, String itemKey, String positionKey, String role,
                            Instant addedAt, String addedBy, Long carriedFrom, String latestStatus) {
}
