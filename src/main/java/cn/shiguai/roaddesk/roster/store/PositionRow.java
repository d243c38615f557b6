package cn.shiguai.roaddesk.roster.store;

/** A position of the leading group (§五), e.g. LEADER 区政府副区长、区公安分局局长, 组长. */
public record PositionRow(String key, String title, String groupRole, int sortOrder, boolean memberUnit) {
}
