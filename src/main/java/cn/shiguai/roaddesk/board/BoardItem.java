package cn.shiguai.roaddesk.board;

import java.util.List;

/**
 * One thing that needs the duty officer now. The screen words it from its kind and facts; the
 * board itself formats nothing, so it is the same in both languages and tested without texts.
 *
 * @param identity stays the same while the same thing waits, and changes when it becomes
 *                 something else (a new recommendation, a report now overdue): an alert is
 *                 raised once per identity
 * @param urgent   overdue or impossible: listed first and alerted
 * @param textKey  the text the screen words it with ({@code board.*})
 * @param facts    what the wording needs, in the order of the kind's text: names, levels,
 *                 instants and durations as values
 * @param place    where it is dealt with
 */
public record BoardItem(Kind kind, String identity, boolean urgent, String textKey, List<Object> facts,
                        Place place) {

    public BoardItem {
        facts = List.copyOf(facts);
    }

    /** What kind of thing waits; the header counts each. */
    public enum Kind {
        /** The plan recommends another level than the one in force (or one when none is). */
        RECOMMENDATION,
        /** A point of the district has not reported for longer than the office allows. */
        STALE_POINT,
        /** A measure owed has not started long after its level started. */
        MEASURE_WAITING,
        /** A measure reported as impossible (无法完成). */
        MEASURE_CANNOT,
        /** A call to return; urgent once its promised time is past. */
        CALLBACK,
        /** A document the plan asks for is due or overdue. */
        DOCUMENT_DUE,
        /**
         * A warning signal in force (a forecast: it never changes the level); a new orange or red
         * 暴雪 or 道路结冰 signal is urgent, asking whether to start a response at discretion (§六(三)).
         */
        WARNING,
        /** A web source of readings or warnings has sent nothing for longer than its interval. */
        SOURCE_SILENT
    }

    /** The screen an item is dealt with on. */
    public enum Place {
        READINGS, RESPONSE, MEASURES, DUTY_LOG, DOCUMENTS, SETTINGS
    }
}
