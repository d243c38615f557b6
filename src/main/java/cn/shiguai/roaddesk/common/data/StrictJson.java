package cn.shiguai.roaddesk.common.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Field-by-field reading of a hand-edited JSON data file, in the manner of the rule-set loader:
 * unknown keys are refused (a typo would silently drop a value), duplicate keys are refused,
 * and every error names the file and the field.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;

    public StrictJson(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** Reads a packaged resource, or fails naming it. */
    public static <T> T readResource(String resource, Function<JsonNode, T> reader) {
        try (InputStream in = StrictJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFileException(resource, "-", "datafile.problem.missingFile");
            }
            return reader.apply(new StrictJson(resource).parse(in));
        } catch (IOException e) {
            throw new DataFileException(resource, "-", "datafile.problem.unreadable", e.getMessage());
        }
    }

    public static <T> T readFile(Path file, Function<JsonNode, T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(new StrictJson(file.toString()).parse(in));
        } catch (IOException e) {
            throw new DataFileException(file.toString(), "-", "datafile.problem.unreadable", e.getMessage());
        }
    }

    public JsonNode parse(InputStream in) {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw error("-", "datafile.problem.notJson", e.getOriginalMessage());
        } catch (IOException e) {
            throw error("-", "datafile.problem.unreadable", e.getMessage());
        }
    }

    public void requireObject(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw error(field, "datafile.problem.object");
        }
    }

    /** The array under {@code key}, required; {@code field} is its path for errors. */
    public List<JsonNode> array(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw error(field, "datafile.problem.missing");
        }
        if (!value.isArray()) {
            throw error(field, "datafile.problem.array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public void checkKeys(JsonNode node, String prefix, Set<String> allowed) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw error(prefix + key, "datafile.problem.unknownKey");
            }
        });
    }

    public String text(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw error(field, "datafile.problem.text");
        }
        return value.asText();
    }

    /** An optional text: absent is {@code null}, present must not be blank. */
    public String optionalText(JsonNode node, String key, String field) {
        return node.has(key) ? text(node, key, field) : null;
    }

    public int integer(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null || !value.isInt()) {
            throw error(field, "datafile.problem.integer", value == null ? "" : value.toString());
        }
        return value.asInt();
    }

    public boolean bool(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null || !value.isBoolean()) {
            throw error(field, "datafile.problem.boolean", value == null ? "" : value.toString());
        }
        return value.asBoolean();
    }

    public LocalDate date(JsonNode node, String key, String field) {
        String text = text(node, key, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw error(field, "datafile.problem.date", text);
        }
    }

    /** A list of non-blank texts; {@code field} is the list's path, items are named field[i]. */
    public List<String> texts(JsonNode node, String key, String field) {
        List<String> result = new ArrayList<>();
        List<JsonNode> items = array(node, key, field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(field + "[" + i + "]", "datafile.problem.text");
            }
            result.add(item.asText());
        }
        return result;
    }

    public DataFileException error(String field, String problemKey, Object... args) {
        return new DataFileException(source, field, problemKey, args);
    }
}
