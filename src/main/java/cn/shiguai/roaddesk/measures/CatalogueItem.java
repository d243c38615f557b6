package cn.shiguai.roaddesk.measures;

import java.util.List;

/**
 * Something a response owes: a measure of §八 or a standing task. Owed by positions (keys of the
 * roster), lead first; {@link #ALL} stands for every member unit.
 */
public sealed interface CatalogueItem permits Measure, StandingTask {
    /** The catalogue's word for "every member unit" (领导小组成员单位). */
    String ALL = "ALL";

    /** "I.4" for a measure, "T.DAILY_REPORT" for a standing task. */
    String id();

    /** A short gist for compact lists; not plan text. */
    String title();

    /** The plan's own sentence, verbatim. */
    String text();

    /** Position keys that lead, or {@link #ALL}. */
    List<String> lead();

    /** Position keys that support, or {@link #ALL}; may be empty. */
    List<String> supporting();
}
