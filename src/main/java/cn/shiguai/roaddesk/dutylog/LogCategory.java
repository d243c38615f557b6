package cn.shiguai.roaddesk.dutylog;

/**
 * What kind of entry. Duty officers choose among the free categories; the system categories
 * are written by the features, in the same transaction as the change they record.
 */
public enum LogCategory {
    /** 来电 */
    PHONE_IN(true),
    /** 去电 */
    PHONE_OUT(true),
    /** 指令 */
    ORDER(true),
    /** 观察 */
    OBSERVATION(true),
    /** 备注 */
    NOTE(true),
    READING(false),
    TRAFFIC(false),
    EVALUATION(false),
    DECISION(false),
    MEASURE(false),
    ROSTER(false),
    DOCUMENT(false),
    BACKUP(false),
    SYSTEM(false),
    /** 提醒: an alert acknowledged, or its sound muted for the shift. */
    ALERT(false),
    /** 预警信号: a warning signal received, updated or withdrawn (a forecast, not a reading). */
    WARNING(false),
    /** 上级响应: a response level announced by the city or the region, recorded (never the district's own). */
    UPPER_RESPONSE(false);

    private final boolean free;

    LogCategory(boolean free) {
        this.free = free;
    }

    /** Whether a duty officer may write an entry of this category by hand. */
    public boolean isFree() {
        return free;
    }

    /** Key of the category's name in the store bundle. */
    public String textKey() {
        return "log.category." + name();
    }
}
