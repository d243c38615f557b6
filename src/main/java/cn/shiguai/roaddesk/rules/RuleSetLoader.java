package cn.shiguai.roaddesk.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a rule-set file. Everything is checked before the engine may use it:
 * unknown keys (a typo would silently drop a clause), words that do not fit the clause,
 * missing or non-numeric thresholds, and levels whose thresholds are not ordered by severity.
 */
public final class RuleSetLoader {
    /** The rule set of the plan in force, packaged with the application. */
    public static final String DEFAULT_RESOURCE = "/rulesets/shifubanfa-2019-2.json";

    private static final Set<String> TOP_KEYS = Set.of("name", "title", "effectiveDate",
            "effectiveDateNote", "timeZone", "persistentSnowDays", "numberWords", "levels");
    private static final Set<String> LEVEL_KEYS = Set.of("condition", "weather", "dailyMeanTempC", "traffic");
    private static final Set<String> CLAUSE_KEYS = Set.of("word", "value", "quote");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public RuleSet loadDefault() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new RuleSetException(DEFAULT_RESOURCE, "-", "ruleset.problem.missingFile");
            }
            return load(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new RuleSetException(DEFAULT_RESOURCE, "-", "ruleset.problem.unreadable", e.getMessage());
        }
    }

    public RuleSet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new RuleSetException(file.toString(), "-", "ruleset.problem.unreadable", e.getMessage());
        }
    }

    public RuleSet load(InputStream in, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RuleSetException(source, "-", "ruleset.problem.notJson", e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleSetException(source, "-", "ruleset.problem.unreadable", e.getMessage());
        }
        return new Reader(source).ruleSet(root);
    }

    /** Holds the file name so every error can name it. */
    private record Reader(String source) {

        RuleSet ruleSet(JsonNode root) {
            requireObject(root, "(root)");
            checkKeys(root, "", TOP_KEYS);
            String name = text(root, "name", "name");
            String title = root.has("title") ? text(root, "title", "title") : name;
            LocalDate effective = date(root, "effectiveDate");
            ZoneId zone = zone(root, "timeZone");
            int days = root.path("persistentSnowDays").isInt() ? root.get("persistentSnowDays").asInt() : -1;
            if (days < 1 || days > 31) {
                throw error("persistentSnowDays", "ruleset.problem.days", root.path("persistentSnowDays"));
            }
            JsonNode levelsNode = root.get("levels");
            requireObject(levelsNode, "levels");
            checkKeys(levelsNode, "levels.", Set.of("I", "II", "III", "IV"));
            Map<ResponseLevel, LevelRule> levels = new EnumMap<>(ResponseLevel.class);
            for (ResponseLevel level : ResponseLevel.mostSevereFirst()) {
                String path = "levels." + level.code();
                if (!levelsNode.has(level.code())) {
                    throw error(path, "ruleset.problem.missing");
                }
                levels.put(level, level(level, levelsNode.get(level.code()), path));
            }
            checkOrderedBySeverity(levels);
            return new RuleSet(name, title, effective, zone, days, levels);
        }

        LevelRule level(ResponseLevel level, JsonNode node, String path) {
            requireObject(node, path);
            checkKeys(node, path + ".", LEVEL_KEYS);
            String condition = text(node, "condition", path + ".condition");
            List<Threshold> weather = clauses(node.get("weather"), path + ".weather", ClauseKind.Group.WEATHER);
            Threshold cold = null;
            if (node.has("dailyMeanTempC")) {
                cold = clause(ClauseKind.DAILY_MEAN_TEMP, node.get("dailyMeanTempC"), path + ".dailyMeanTempC");
            }
            List<Threshold> traffic = clauses(node.get("traffic"), path + ".traffic", ClauseKind.Group.TRAFFIC);
            if (weather.isEmpty() && traffic.isEmpty()) {
                throw error(path, "ruleset.problem.noClauses");
            }
            return new LevelRule(level, condition, weather, cold, traffic);
        }

        List<Threshold> clauses(JsonNode node, String path, ClauseKind.Group group) {
            List<Threshold> result = new ArrayList<>();
            if (node == null) {
                return result;
            }
            requireObject(node, path);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                ClauseKind kind = ClauseKind.fromFileKey(field.getKey(), group);
                if (kind == null) {
                    throw error(path + "." + field.getKey(), "ruleset.problem.unknownKey");
                }
                result.add(clause(kind, field.getValue(), path + "." + field.getKey()));
            }
            return result;
        }

        Threshold clause(ClauseKind kind, JsonNode node, String path) {
            requireObject(node, path);
            checkKeys(node, path + ".", CLAUSE_KEYS);
            String wordText = text(node, "word", path + ".word");
            NumberWord word = NumberWord.fromWord(wordText);
            if (word == null || word.comparesNumbers() != kind.isQuantity()) {
                throw error(path + ".word", kind.isQuantity() ? "ruleset.problem.wordNumber"
                        : "ruleset.problem.wordOccurrence", wordText);
            }
            Double value = null;
            if (kind.isQuantity()) {
                JsonNode v = node.get("value");
                if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
                    throw error(path + ".value", "ruleset.problem.number", v == null ? "" : v.toString());
                }
                value = v.asDouble();
                boolean temperature = kind == ClauseKind.DAILY_MEAN_TEMP;
                if (temperature ? (value < -60 || value > 50) : value < 0) {
                    throw error(path + ".value", temperature ? "ruleset.problem.temperature"
                            : "ruleset.problem.negative", v.toString());
                }
            } else if (node.has("value")) {
                throw error(path + ".value", "ruleset.problem.noValueExpected");
            }
            return new Threshold(kind, word, value, text(node, "quote", path + ".quote"));
        }

        /** A more severe level with a lower threshold than a milder one is certainly a typing error. */
        void checkOrderedBySeverity(Map<ResponseLevel, LevelRule> levels) {
            ResponseLevel[] order = ResponseLevel.mostSevereFirst();
            for (int i = 0; i + 1 < order.length; i++) {
                LevelRule severe = levels.get(order[i]);
                LevelRule milder = levels.get(order[i + 1]);
                for (Threshold t : severe.allClauses()) {
                    Threshold m = milder.clause(t.kind());
                    if (t.value() != null && m != null && m.value() != null
                            && t.kind() != ClauseKind.DAILY_MEAN_TEMP && t.value() < m.value()) {
                        String group = t.kind().group() == ClauseKind.Group.WEATHER ? "weather." : "traffic.";
                        throw error("levels." + order[i].code() + "." + group + t.kind().fileKey() + ".value",
                                "ruleset.problem.order", t.value(), order[i + 1].code(), m.value());
                    }
                }
            }
        }

        void checkKeys(JsonNode node, String prefix, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    throw error(prefix + key, "ruleset.problem.unknownKey");
                }
            });
        }

        void requireObject(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw error(path, "ruleset.problem.object");
            }
        }

        String text(JsonNode node, String key, String path) {
            JsonNode v = node.get(key);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw error(path, "ruleset.problem.text");
            }
            return v.asText();
        }

        LocalDate date(JsonNode node, String key) {
            try {
                return LocalDate.parse(text(node, key, key));
            } catch (DateTimeException e) {
                throw error(key, "ruleset.problem.date", node.get(key).asText());
            }
        }

        ZoneId zone(JsonNode node, String key) {
            try {
                return ZoneId.of(text(node, key, key));
            } catch (DateTimeException e) {
                throw error(key, "ruleset.problem.zone", node.get(key).asText());
            }
        }

        RuleSetException error(String field, String problemKey, Object... args) {
            return new RuleSetException(source, field, problemKey, args);
        }
    }
}
