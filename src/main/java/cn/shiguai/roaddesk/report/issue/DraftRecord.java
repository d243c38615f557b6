package cn.shiguai.roaddesk.report.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an issued document was drafted from, kept with it as JSON: the report day, the moment
 * its data were read up to, and the office's texts. A correction redraws the document from the
 * same day and moment, starting from the texts as issued.
 */
public record DraftRecord(LocalDate reportDay, Instant moment, Map<String, String> texts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public DraftRecord {
        Objects.requireNonNull(reportDay, "reportDay");
        Objects.requireNonNull(moment, "moment");
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("reportDay", reportDay.toString());
        root.put("moment", moment.toString());
        ObjectNode parts = root.putObject("texts");
        texts.forEach(parts::put);
        return root.toString();
    }

    /** @throws IllegalArgumentException when the stored text is not a draft record */
    public static DraftRecord parse(String json) {
        try {
            JsonNode root = JSON.readTree(json == null ? "" : json);
            if (root == null || !root.hasNonNull("reportDay") || !root.hasNonNull("moment")) {
                throw new IllegalArgumentException("not a draft record: " + json);
            }
            Map<String, String> texts = new LinkedHashMap<>();
            JsonNode parts = root.path("texts");
            for (Iterator<Map.Entry<String, JsonNode>> it = parts.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> part = it.next();
                texts.put(part.getKey(), part.getValue().asText());
            }
            return new DraftRecord(LocalDate.parse(root.get("reportDay").asText()),
                    Instant.parse(root.get("moment").asText()), texts);
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a draft record: " + json, e);
        }
    }
}
