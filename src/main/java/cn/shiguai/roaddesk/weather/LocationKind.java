package cn.shiguai.roaddesk.weather;

/** The district's own monitoring points, or points in neighbouring areas (相邻地区, §七(一)) kept apart from the rules. */
public enum LocationKind { DISTRICT, NEIGHBOUR }
