package cn.shiguai.roaddesk.measures.store;

import java.util.List;

/**
 * A measure of the plan or a standing task as stored, with its text verbatim.
 *
 * @param key "I.5" or "T.REPORT_ACTIVATION"
 * @param kind MEASURE or TASK
 * @param number the measure's number within its level; null for tasks
 * @param when ALWAYS, or TRAFFIC_CUT for tasks owed only while a road is cut
 * @param levels codes of the levels it belongs to, e.g. ["III", "IV"]
 */
public record CatalogueItemRow(long id, long catalogueId, String key, String kind, Integer number, String section,
                               String when, String text, List<String> levels, List<String> lead,
                               List<String> supporting) {
}
