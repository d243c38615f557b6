package cn.shiguai.roaddesk.dutylog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which records a log entry's link covers with a hash, and which of their columns, in the order
 * they are hashed ({@link RecordHash}). Every covered table is append-only: its rows never change
 * after the entry that records them. Not covered: monitoring points (merged and retired in
 * place; their readings are) and activations (ended in place; their decisions are), the
 * measure catalogue (loaded from a file with its own SHA-256).
 *
 * <p>A column is added to a form only together with a new form tag: a stored hash is always
 * recomputed with the columns it was made from.
 */
final class RecordForms {

    /** A table's canonical form: its key column, then the columns hashed, in this order. */
    record Form(String table, String key, List<String> columns) {
        String select() {
            return "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE " + key + " = ?";
        }

        /** The covered links of one type with their stored hashes, and the row each names (null when gone). */
        String joined() {
            StringBuilder sql = new StringBuilder("SELECT k.seq, k.target_id, k.record_hash, r.").append(key);
            for (String column : columns) {
                sql.append(", r.").append(column);
            }
            return sql.append(" FROM duty_log_link k LEFT JOIN ").append(table).append(" r ON r.").append(key)
                    .append(" = k.target_id WHERE k.target_type = ? AND k.record_hash IS NOT NULL ORDER BY k.seq, k.target_id")
                    .toString();
        }
    }

    private static final Map<LinkType, Form> FORMS = new EnumMap<>(LinkType.class);

    static {
        form(LinkType.READING, "reading", "id", "location_id", "observed_at", "recorded_at", "source", "source_ref",
                "entered_by", "snow_depth_cm", "road_ice_thickness_cm", "road_icing", "freezing_phenomenon",
                "accretion_diameter_mm", "air_temp_c", "note", "replaces_id");
        form(LinkType.DAILY_MEAN, "daily_mean_entry", "id", "mean_day", "value_c", "entered_by", "recorded_at", "note");
        form(LinkType.TRAFFIC, "traffic_report", "id", "road", "observed_at", "recorded_at", "cut_hours", "queue_km",
                "interruption_likely", "note", "source", "entered_by", "replaces_id");
        form(LinkType.EVALUATION, "evaluation", "id", "evaluated_at", "eval_day", "rule_set", "level", "purpose",
                "requested_by", "inputs_json", "result_json");
        form(LinkType.DECISION, "response_decision", "id", "activation_id", "kind", "level", "previous_level",
                "recommended_level", "evaluation_id", "decided_by_person", "decided_by_position", "authority_basis",
                "ordered_by", "reason", "entered_by", "decided_at", "recorded_at", "corrects_id", "correction_reason");
        form(LinkType.ASSIGNMENT, "activation_assignment", "id", "activation_id", "decision_id", "item_id",
                "position_key", "role", "added_at", "added_by", "carried_from");
        form(LinkType.STATUS_UPDATE, "status_update", "id", "assignment_id", "status", "reported_by", "entered_by",
                "reported_at", "recorded_at", "note");
        form(LinkType.POSITION_TERM, "roster_term", "id", "position_key", "person", "start_date", "end_date", "note",
                "role", "entered_by", "recorded_at");
        form(LinkType.TERM_END, "roster_term_end", "term_id", "end_date", "entered_by", "recorded_at");
        form(LinkType.SETTING, "setting_change", "id", "setting_key", "setting_value", "changed_by", "changed_at");
        // the password hash too: a hash swapped behind the application's back is then found by log verify
        form(LinkType.USER_CHANGE, "desk_user_change", "id", "user_id", "change_kind", "role", "person", "password_hash",
                "disabled", "failed_sign_ins", "locked_until", "changed_by", "changed_at");
        form(LinkType.UPPER_RESPONSE, "upper_response", "id", "announced_by", "level", "since", "doc_number", "source",
                "entered_by", "recorded_at");
        form(LinkType.DOCUMENT, "issued_document", "id", "kind", "doc_year", "doc_number", "version", "corrects_id",
                "title", "issued_at", "issued_by", "pdf", "sha256", "draft_json");
        form(LinkType.CALL, "phone_call", "id", "direction", "caller", "unit", "phone_number", "callback_due");
        form(LinkType.WITHDRAWAL, "record_withdrawal", "id", "record_type", "record_id", "reason", "withdrawn_by",
                "withdrawn_at");
    }

    private RecordForms() {
    }

    private static void form(LinkType type, String table, String key, String... columns) {
        List<String> all = new java.util.ArrayList<>();
        if (!List.of(columns).contains(key)) {
            all.add(key);
        }
        all.addAll(List.of(columns));
        FORMS.put(type, new Form(table, key, List.copyOf(all)));
    }

    static Optional<Form> of(LinkType type) {
        return Optional.ofNullable(FORMS.get(type));
    }

    static Map<LinkType, Form> all() {
        return FORMS;
    }
}
