package cn.shiguai.roaddesk.dutylog;

/** The kinds of record a log entry can concern. */
public enum LinkType {
    LOCATION, READING, DAILY_MEAN, TRAFFIC, EVALUATION, ACTIVATION, DECISION,
    POSITION_TERM, CATALOGUE, ASSIGNMENT, STATUS_UPDATE, DOCUMENT, CALL, WITHDRAWAL,
    /** The end of a roster term, recorded after the term (V13). */
    TERM_END,
    /** One value of a setting, a row of its history (V13). */
    SETTING,
    /** A row of a user's history: added, new password, disabled, locked, unlocked (V30). */
    USER_CHANGE,
    /** A response level announced by the city or the region (V40). */
    UPPER_RESPONSE
}
