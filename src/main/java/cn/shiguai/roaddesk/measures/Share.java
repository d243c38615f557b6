package cn.shiguai.roaddesk.measures;

/** A position's part in a measure: it leads (牵头) or supports (配合). */
public enum Share {
    LEAD,
    SUPPORTING;

    public String labelKey() {
        return "measure.share." + name();
    }
}
