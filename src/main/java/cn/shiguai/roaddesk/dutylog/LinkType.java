package cn.shiguai.roaddesk.dutylog;

/** The kinds of record a log entry can concern. */
public enum LinkType {
    LOCATION, READING, DAILY_MEAN, TRAFFIC, EVALUATION, ACTIVATION, DECISION,
    POSITION_TERM, CATALOGUE, ASSIGNMENT, STATUS_UPDATE, DOCUMENT, CALL, WITHDRAWAL
}
