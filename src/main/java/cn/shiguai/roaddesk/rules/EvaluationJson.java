package cn.shiguai.roaddesk.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An evaluation as JSON: one output line of the evaluate contract (level, every clause with its
 * evidence, warnings), also kept with every evaluation stored for a decision or a report.
 */
public final class EvaluationJson {
    private final ObjectMapper mapper;
    private final EvaluationText text;

    public EvaluationJson(ObjectMapper mapper, EvaluationText text) {
        this.mapper = mapper;
        this.text = text;
    }

    public ObjectNode result(String file, Evaluation e, List<String> extraWarnings) {
        ObjectNode line = mapper.createObjectNode();
        line.put("file", file);
        line.put("level", e.level().code());
        line.put("ruleSet", e.ruleSetName());
        ArrayNode warnings = line.putArray("warnings");
        text.warnings(e).forEach(warnings::add);
        extraWarnings.forEach(warnings::add);
        ArrayNode clauses = line.putArray("clauses");
        e.allClauses().forEach(c -> clauses.add(clause(c)));
        line.put("date", e.date().toString());
        ObjectNode mean = line.putObject("dailyMeanTemp");
        putNumber(mean, "valueC", e.meanTemperature().displayValue());
        mean.put("source", e.meanTemperature().source().name());
        line.put("verdict", text.verdict(e));
        if (e.next() != null) {
            ObjectNode next = line.putObject("next");
            next.put("level", e.next().level().code());
            next.put("summary", text.nextLevelSummary(e));
        }
        return line;
    }

    public ObjectNode error(String file, String sentence) {
        ObjectNode line = mapper.createObjectNode();
        line.put("file", file);
        line.put("error", sentence);
        return line;
    }

    private ObjectNode clause(ClauseResult c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("level", c.level().code());
        node.put("clause", c.kind().name());
        Boolean met = c.truth().asBoolean();
        if (met == null) {
            node.putNull("met");
        } else {
            node.put("met", met);
        }
        putNumber(node, "value", c.evidence().value());
        putNumber(node, "threshold", c.threshold().value());
        node.put("word", c.threshold().word().word());
        putText(node, "location", c.evidence().location());
        putText(node, "time", c.evidence().time() == null ? null : c.evidence().time().toString());
        if (c.evidence().phenomenon() != null) {
            node.put("phenomenon", c.evidence().phenomenon().name());
        }
        if (!c.evidence().dailyMaxima().isEmpty()) {
            ArrayNode days = node.putArray("dailyMaxima");
            c.evidence().dailyMaxima().forEach(days::add);
        }
        node.put("quote", c.threshold().quote());
        return node;
    }

    private static void putNumber(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
