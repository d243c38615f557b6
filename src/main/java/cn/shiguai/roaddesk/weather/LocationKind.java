package cn.shiguai.roaddesk.weather;

/** A monitoring point of the district, or of a neighbouring area (相邻地区, §七(一)), never used by the rules. */
public enum LocationKind {
    DISTRICT, NEIGHBOUR
}
