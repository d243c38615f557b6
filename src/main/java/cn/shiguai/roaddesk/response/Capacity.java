package cn.shiguai.roaddesk.response;

/**
 * In which capacity a person records a decision. A person may hold several (刘雪峰 is a deputy
 * leader and the office director in 2019), so the capacity is stated, not inferred, and then
 * checked against the roster of the decision's day.
 */
public enum Capacity {
    /** 组长, for the leading group. */
    GROUP_LEADER(true),
    /** 副组长, acting for the leading group. */
    DEPUTY_LEADER(true),
    /** 应急办公室主任. */
    OFFICE_DIRECTOR(false),
    /** 值班员 of the emergency office, on the director's order. */
    DUTY_OFFICER(false);

    private final boolean ofLeadingGroup;

    Capacity(boolean ofLeadingGroup) {
        this.ofLeadingGroup = ofLeadingGroup;
    }

    public boolean ofLeadingGroup() {
        return ofLeadingGroup;
    }

    public String labelKey() {
        return "decision.capacity." + name();
    }
}
