package cn.shiguai.roaddesk.measures;

/** When a standing task is owed at the levels it applies to. */
public enum TaskCondition {
    /** With every activation at those levels. */
    ALWAYS,
    /** Only while a main road is cut (§九(二) "对于…导致交通中断的"). */
    TRAFFIC_CUT
}
