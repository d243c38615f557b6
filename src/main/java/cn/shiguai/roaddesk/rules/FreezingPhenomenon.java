package cn.shiguai.roaddesk.rules;

/** What the plan calls 冻雨、雨淞、冰凌 (the plan writes 雨淞 for 雨凇, glaze). */
public enum FreezingPhenomenon {
    NONE,
    /** 冻雨 */
    FREEZING_RAIN,
    /** 雨凇 */
    GLAZE,
    /** 冰凌 */
    ICE;

    public boolean isPresent() {
        return this != NONE;
    }
}
