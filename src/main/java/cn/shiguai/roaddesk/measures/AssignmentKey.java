package cn.shiguai.roaddesk.measures;

/** Identifies what one position owes within one activation: the item and the position. */
public record AssignmentKey(String itemId, String positionKey) {
}
