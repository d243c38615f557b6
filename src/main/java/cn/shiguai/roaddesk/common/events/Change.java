package cn.shiguai.roaddesk.common.events;

/** What kind of state changed, so screens reload what concerns them and nothing else. */
public enum Change {
    READINGS, DECISIONS, MEASURES, LOG, ROSTER, DOCUMENTS, SETTINGS, RULES, WARNINGS,
    /** A response level announced by the city or the region was recorded. */
    UPPER_LEVELS
}
