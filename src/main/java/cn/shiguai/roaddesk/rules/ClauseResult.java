package cn.shiguai.roaddesk.rules;

/** One clause of one level, decided: the threshold, the deciding reading and the outcome. */
public record ClauseResult(ResponseLevel level, Threshold threshold, Truth truth, Evidence evidence) {

    public ClauseKind kind() {
        return threshold.kind();
    }

    public boolean met() {
        return truth == Truth.MET;
    }

    /**
     * How close the observed value is to the threshold, 1.0 meaning at the threshold; used to
     * name the clause nearest to tipping the next level. Occurrence clauses have no distance.
     */
    public double closeness() {
        if (evidence.value() == null || threshold.value() == null || threshold.value() <= 0) {
            return 0;
        }
        return evidence.value() / threshold.value();
    }
}
