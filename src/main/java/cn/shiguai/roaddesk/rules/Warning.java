package cn.shiguai.roaddesk.rules;

/**
 * Something the reader of an evaluation must not miss.
 *
 * @param level the level concerned, or null
 */
public record Warning(Kind kind, ResponseLevel level) {

    public enum Kind {
        /** The daily mean is unknown and a higher level would hold were it at or below the threshold. */
        MEAN_TEMP_UNKNOWN_LEVEL_WOULD_HOLD,
        /** The daily mean is unknown; weather clauses of I–III cannot hold. */
        MEAN_TEMP_UNKNOWN
    }
}
