package cn.shiguai.roaddesk.dutylog;

import cn.shiguai.roaddesk.common.events.Change;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an entry tells the other seats has changed. Every change of state is logged in its own
 * transaction, so the entry's category and the records it links name what the other seats must
 * reload; the log itself always changed.
 */
final class EntryChanges {
    private EntryChanges() {
    }

    static Set<Change> of(LogDraft draft) {
        Set<Change> changes = EnumSet.of(Change.LOG);
        switch (draft.category()) {
            case READING, TRAFFIC, EVALUATION -> changes.add(Change.READINGS);
            case DECISION -> {
                changes.add(Change.DECISIONS);
                changes.add(Change.MEASURES);
            }
            case MEASURE -> changes.add(Change.MEASURES);
            case ROSTER -> changes.add(Change.ROSTER);
            case DOCUMENT -> changes.add(Change.DOCUMENTS);
            case WARNING -> changes.add(Change.WARNINGS);
            case UPPER_RESPONSE -> changes.add(Change.UPPER_LEVELS);
            case SYSTEM -> changes.add(Change.SETTINGS);
            default -> { }
        }
        for (LogLink link : draft.links()) {
            switch (link.type()) {
                case LOCATION, READING, DAILY_MEAN, TRAFFIC, EVALUATION, WITHDRAWAL -> changes.add(Change.READINGS);
                case ACTIVATION, DECISION -> changes.add(Change.DECISIONS);
                case CATALOGUE, ASSIGNMENT, STATUS_UPDATE -> changes.add(Change.MEASURES);
                case POSITION_TERM, TERM_END, USER_CHANGE -> changes.add(Change.ROSTER);
                case DOCUMENT -> changes.add(Change.DOCUMENTS);
                case SETTING -> changes.add(Change.SETTINGS);
                case UPPER_RESPONSE -> changes.add(Change.UPPER_LEVELS);
                default -> { }
            }
        }
        return changes;
    }
}
