package cn.shiguai.roaddesk.measures;

import cn.shiguai.roaddesk.common.data.StrictJson;
import cn.shiguai.roaddesk.roster.Roster;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a measure catalogue (format: resources/measures/measures-2019.json).
 * Position keys are checked against the roster, since positions are data; ids must match
 * level and number, numbers must run 1, 2, 3… within a level as the plan numbers them, and a
 * text must not carry a line break (the mark of a page split pasted in unjoined).
 */
public final class MeasureCatalogueLoader {
    public static final String DEFAULT_RESOURCE = "/measures/measures-2019.json";
    /** Titles are for compact lists; longer than this and they stop being a gist. */
    public static final int MAX_TITLE_LENGTH = 14;

    private static final Pattern TASK_ID = Pattern.compile("T\\.[A-Z][A-Z0-9_]*");
    private static final Set<String> TOP_KEYS = Set.of("catalogue", "version", "note", "measures", "standingTasks");
    private static final Set<String> MEASURE_KEYS = Set.of("id", "level", "number", "title", "text", "lead",
            "supporting");
    private static final Set<String> TASK_KEYS = Set.of("id", "levels", "section", "title", "text", "lead",
            "supporting", "when");

    private final Roster roster;

    /** @param roster the positions that lead and supporting keys must name */
    public MeasureCatalogueLoader(Roster roster) {
        this.roster = roster;
    }

    public MeasureCatalogue loadDefault() {
        return StrictJson.readResource(DEFAULT_RESOURCE, root -> new Reader(new StrictJson(DEFAULT_RESOURCE)).read(root));
    }

    public MeasureCatalogue load(Path file) {
        return StrictJson.readFile(file, root -> new Reader(new StrictJson(file.toString())).read(root));
    }

    public MeasureCatalogue load(InputStream in, String source) {
        StrictJson json = new StrictJson(source);
        return new Reader(json).read(json.parse(in));
    }

    /** One reading of one file: remembers the ids seen so far. */
    private final class Reader {
        private final StrictJson json;
        private final Set<String> ids = new HashSet<>();

        Reader(StrictJson json) {
            this.json = json;
        }

        MeasureCatalogue read(JsonNode root) {
            json.requireObject(root, "(root)");
            json.checkKeys(root, "", TOP_KEYS);
            String name = json.text(root, "catalogue", "catalogue");
            int version = json.integer(root, "version", "version");
            if (version < 1) {
                throw json.error("version", "datafile.problem.positive", version);
            }
            json.optionalText(root, "note", "note");
            List<Measure> measures = new ArrayList<>();
            List<JsonNode> measureNodes = json.array(root, "measures", "measures");
            for (int i = 0; i < measureNodes.size(); i++) {
                measures.add(measure(measureNodes.get(i), "measures[" + i + "]", measures));
            }
            for (ResponseLevel level : ResponseLevel.mostSevereFirst()) {
                if (measures.stream().noneMatch(m -> m.level() == level)) {
                    throw json.error("measures", "datafile.problem.levelWithoutMeasures", level.code());
                }
            }
            List<StandingTask> tasks = new ArrayList<>();
            List<JsonNode> taskNodes = json.array(root, "standingTasks", "standingTasks");
            for (int i = 0; i < taskNodes.size(); i++) {
                tasks.add(task(taskNodes.get(i), "standingTasks[" + i + "]"));
            }
            return new MeasureCatalogue(name, version, measures, tasks);
        }

        Measure measure(JsonNode node, String path, List<Measure> earlier) {
            json.requireObject(node, path);
            json.checkKeys(node, path + ".", MEASURE_KEYS);
            ResponseLevel level = level(json.text(node, "level", path + ".level"), path + ".level");
            int number = json.integer(node, "number", path + ".number");
            long before = earlier.stream().filter(m -> m.level() == level).count();
            if (number != before + 1) {
                throw json.error(path + ".number", "datafile.problem.numberOrder", number, level.code(), before + 1);
            }
            String id = uniqueId(node, path);
            if (!id.equals(level.code() + "." + number)) {
                throw json.error(path + ".id", "datafile.problem.measureId", id, level.code() + "." + number);
            }
            List<String> lead = positions(node, "lead", path, true);
            List<String> supporting = positions(node, "supporting", path, false);
            checkDisjoint(lead, supporting, path);
            return new Measure(id, level, number, title(node, path), text(node, path), lead, supporting);
        }

        StandingTask task(JsonNode node, String path) {
            json.requireObject(node, path);
            json.checkKeys(node, path + ".", TASK_KEYS);
            String id = uniqueId(node, path);
            if (!TASK_ID.matcher(id).matches()) {
                throw json.error(path + ".id", "datafile.problem.taskId", id);
            }
            Set<ResponseLevel> levels = EnumSet.noneOf(ResponseLevel.class);
            List<String> codes = json.texts(node, "levels", path + ".levels");
            for (int i = 0; i < codes.size(); i++) {
                if (!levels.add(level(codes.get(i), path + ".levels[" + i + "]"))) {
                    throw json.error(path + ".levels[" + i + "]", "datafile.problem.duplicate", codes.get(i));
                }
            }
            if (levels.isEmpty()) {
                throw json.error(path + ".levels", "datafile.problem.empty");
            }
            String section = json.text(node, "section", path + ".section");
            List<String> lead = positions(node, "lead", path, true);
            List<String> supporting = positions(node, "supporting", path, false);
            checkDisjoint(lead, supporting, path);
            String when = json.text(node, "when", path + ".when");
            TaskCondition condition;
            try {
                condition = TaskCondition.valueOf(when);
            } catch (IllegalArgumentException e) {
                throw json.error(path + ".when", "datafile.problem.when", when);
            }
            return new StandingTask(id, levels, section, title(node, path), text(node, path), lead, supporting,
                    condition);
        }

        String uniqueId(JsonNode node, String path) {
            String id = json.text(node, "id", path + ".id");
            if (!ids.add(id)) {
                throw json.error(path + ".id", "datafile.problem.duplicate", id);
            }
            return id;
        }

        ResponseLevel level(String code, String field) {
            for (ResponseLevel level : ResponseLevel.mostSevereFirst()) {
                if (level.code().equals(code)) {
                    return level;
                }
            }
            throw json.error(field, "datafile.problem.level", code);
        }

        String title(JsonNode node, String path) {
            String title = json.text(node, "title", path + ".title");
            int length = title.codePointCount(0, title.length());
            if (length > MAX_TITLE_LENGTH) {
                throw json.error(path + ".title", "datafile.problem.titleLength", length, MAX_TITLE_LENGTH);
            }
            return title;
        }

        /** Plan text: a line break or tab inside it is a page split that was not joined. */
        String text(JsonNode node, String path) {
            String text = json.text(node, "text", path + ".text");
            if (!text.equals(text.strip()) || text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
                throw json.error(path + ".text", "datafile.problem.unjoinedText");
            }
            return text;
        }

        /** Position keys known to the roster, or ALL alone; no key twice. */
        List<String> positions(JsonNode node, String key, String path, boolean required) {
            String field = path + "." + key;
            List<String> keys = json.texts(node, key, field);
            if (required && keys.isEmpty()) {
                throw json.error(field, "datafile.problem.empty");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                String k = keys.get(i);
                if (!seen.add(k)) {
                    throw json.error(field + "[" + i + "]", "datafile.problem.duplicate", k);
                }
                if (CatalogueItem.ALL.equals(k)) {
                    if (keys.size() > 1) {
                        throw json.error(field + "[" + i + "]", "datafile.problem.allAlone");
                    }
                } else if (roster.position(k).isEmpty()) {
                    throw json.error(field + "[" + i + "]", "datafile.problem.unknownPosition", k);
                }
            }
            return keys;
        }

        void checkDisjoint(List<String> lead, List<String> supporting, String path) {
            for (int i = 0; i < supporting.size(); i++) {
                if (lead.contains(supporting.get(i))) {
                    throw json.error(path + ".supporting[" + i + "]", "datafile.problem.leadAndSupporting",
                            supporting.get(i));
                }
            }
        }
    }
}
