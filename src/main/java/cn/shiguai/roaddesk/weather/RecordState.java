package cn.shiguai.roaddesk.weather;

/**
 * Whether a reading or traffic report still counts. A replaced or withdrawn one stays on record
 * and is listed struck through, with the reason; the rules and the documents leave it out.
 */
public enum RecordState {
    STANDING, REPLACED, WITHDRAWN;

    public boolean counts() {
        return this == STANDING;
    }

    static RecordState of(Long replacedBy, String withdrawnReason) {
        return withdrawnReason != null ? WITHDRAWN : replacedBy != null ? REPLACED : STANDING;
    }
}
