package cn.shiguai.roaddesk.roster;

import cn.shiguai.roaddesk.common.data.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a roster file (format: resources/roster/roster-2019.json). Each field is
 * checked where it stands so the error can name it; then the roster's own invariants (one
 * holder at a time, one group leader, one office) are checked and reported against "terms" or
 * "positions".
 */
public final class RosterLoader {
    /** The roster of the plan in force, packaged with the application. */
    public static final String DEFAULT_RESOURCE = "/roster/roster-2019.json";

    /** "ALL" is the measure catalogue's word for every member unit, so no position may be called that. */
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String RESERVED_KEY = "ALL";
    private static final Set<String> TOP_KEYS = Set.of("version", "note", "positions", "terms");
    private static final Set<String> POSITION_KEYS = Set.of("key", "title", "groupRole", "sortOrder", "memberUnit");
    private static final Set<String> TERM_KEYS = Set.of("position", "person", "start", "end", "role", "note");

    public Roster loadDefault() {
        return StrictJson.readResource(DEFAULT_RESOURCE, root -> read(root, new StrictJson(DEFAULT_RESOURCE)));
    }

    public Roster load(Path file) {
        return StrictJson.readFile(file, root -> read(root, new StrictJson(file.toString())));
    }

    public Roster load(InputStream in, String source) {
        StrictJson json = new StrictJson(source);
        return read(json.parse(in), json);
    }

    private Roster read(JsonNode root, StrictJson json) {
        json.requireObject(root, "(root)");
        json.checkKeys(root, "", TOP_KEYS);
        String version = json.text(root, "version", "version");
        json.optionalText(root, "note", "note");
        List<Position> positions = new ArrayList<>();
        List<JsonNode> positionNodes = json.array(root, "positions", "positions");
        for (int i = 0; i < positionNodes.size(); i++) {
            positions.add(position(json, positionNodes.get(i), "positions[" + i + "]"));
        }
        try {
            RosterInvariants.checkPositions(positions);
        } catch (RosterException e) {
            throw json.error("positions", e.problemKey(), e.args().toArray());
        }
        List<Term> terms = new ArrayList<>();
        List<JsonNode> termNodes = json.array(root, "terms", "terms");
        for (int i = 0; i < termNodes.size(); i++) {
            terms.add(term(json, termNodes.get(i), "terms[" + i + "]", positions));
        }
        try {
            return new Roster(version, positions, terms);
        } catch (RosterException e) {
            // positions passed above, and each term on its own: what is left is terms contradicting each other
            throw json.error("terms", e.problemKey(), e.args().toArray());
        }
    }

    private Position position(StrictJson json, JsonNode node, String path) {
        json.requireObject(node, path);
        json.checkKeys(node, path + ".", POSITION_KEYS);
        String key = json.text(node, "key", path + ".key");
        if (!KEY.matcher(key).matches() || RESERVED_KEY.equals(key)) {
            throw json.error(path + ".key", "datafile.problem.positionKey", key);
        }
        String title = json.text(node, "title", path + ".title");
        String roleWord = json.text(node, "groupRole", path + ".groupRole");
        GroupRole role = GroupRole.fromWord(roleWord);
        if (role == null) {
            throw json.error(path + ".groupRole", "datafile.problem.groupRole", roleWord);
        }
        int sortOrder = json.integer(node, "sortOrder", path + ".sortOrder");
        boolean memberUnit = json.bool(node, "memberUnit", path + ".memberUnit");
        return new Position(key, title, role, sortOrder, memberUnit);
    }

    private Term term(StrictJson json, JsonNode node, String path, List<Position> positions) {
        json.requireObject(node, path);
        json.checkKeys(node, path + ".", TERM_KEYS);
        String key = json.text(node, "position", path + ".position");
        Position position = positions.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> json.error(path + ".position", "datafile.problem.unknownPosition", key));
        String person = json.text(node, "person", path + ".person");
        LocalDate start = json.date(node, "start", path + ".start");
        LocalDate end = node.has("end") ? json.date(node, "end", path + ".end") : null;
        if (end != null && end.isBefore(start)) {
            throw json.error(path + ".end", "datafile.problem.endBeforeStart", end, start);
        }
        TermRole role = role(json, node, path, position);
        return new Term(key, person, start, end, role, json.optionalText(node, "note", path + ".note"));
    }

    /** Member-unit terms default to HOLDER; the office must say DIRECTOR or DUTY_OFFICER, never left to a guess. */
    private TermRole role(StrictJson json, JsonNode node, String path, Position position) {
        if (!node.has("role")) {
            if (position.isOffice()) {
                throw json.error(path + ".role", "datafile.problem.officeRoleMissing");
            }
            return TermRole.HOLDER;
        }
        String word = json.text(node, "role", path + ".role");
        for (TermRole role : TermRole.values()) {
            if (role.name().equals(word)) {
                if (!role.fits(position)) {
                    throw json.error(path + ".role", "roster.problem.roleDoesNotFit", word, position.key());
                }
                return role;
            }
        }
        throw json.error(path + ".role", "datafile.problem.termRole", word);
    }
}
