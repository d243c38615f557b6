package cn.shiguai.roaddesk.rules;

/** A clause is met, not met, or cannot be decided because the quantity was not measured. */
public enum Truth {
    MET,
    NOT_MET,
    UNKNOWN;

    public static Truth of(boolean met) {
        return met ? MET : NOT_MET;
    }

    /** For JSON: true, false or null. */
    public Boolean asBoolean() {
        return this == UNKNOWN ? null : this == MET;
    }
}
