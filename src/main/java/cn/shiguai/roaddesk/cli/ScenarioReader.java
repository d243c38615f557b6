package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.data.JsonNumbers;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Days;
import cn.shiguai.roaddesk.rules.EvaluationInput;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.InputBounds;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.rules.TrafficReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file of the evaluate contract, strictly: every wrong value is an error
 * naming its field, never clamped or skipped. Fields the contract does not know are reported
 * as warnings (a misspelt field would otherwise silently mean "not measured").
 */
public final class ScenarioReader {
    private static final Set<String> TOP = Set.of("date", "dailyMeanTempC", "observations", "traffic");
    private static final Set<String> OBSERVATION = Set.of("location", "time", "snowDepthCm", "roadIceThicknessCm",
            "roadIcing", "freezingPhenomenon", "accretionDiameterMm", "airTempC", "area");
    private static final Set<String> TRAFFIC = Set.of("cutHours", "queueKm", "interruptionLikely");

    private final ObjectMapper mapper = JsonNumbers.exactMapper();
    private final ZoneId zone;

    /** @param zone the district's time zone: times with an offset are converted to it */
    public ScenarioReader(ZoneId zone) {
        this.zone = zone;
    }

    /** A scenario read, with the names of fields that were ignored. */
    public record Scenario(EvaluationInput input, List<String> ignoredFields) { }

    public Scenario read(byte[] json) throws ScenarioException {
        JsonNode root;
        try {
            root = JsonNumbers.read(mapper, json);
        } catch (JsonNumbers.Unparsable e) {
            throw new ScenarioException(e.field(), "scenario.problem.notJson", e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException("-", "scenario.problem.notObject");
        }
        List<String> ignored = new ArrayList<>();
        unknownFields(root, "", TOP, ignored);

        LocalDate date = date(root.get("date"));
        Double mean = number(root, "", InputBounds.DAILY_MEAN_TEMP_C);
        List<Observation> observations = observations(root.get("observations"), ignored);
        TrafficReport traffic = traffic(root.get("traffic"), ignored);
        return new Scenario(new EvaluationInput(date, mean, observations, List.of(traffic)), ignored);
    }

    private LocalDate date(JsonNode node) throws ScenarioException {
        if (node == null || node.isNull()) {
            throw new ScenarioException("date", "scenario.problem.required");
        }
        if (!node.isTextual()) {
            throw new ScenarioException("date", "scenario.problem.date", node.toString());
        }
        LocalDate day = Days.parse(node.asText())
                .orElseThrow(() -> new ScenarioException("date", "scenario.problem.date", node.toString()));
        return inRange(day, "date", node);
    }

    private static LocalDate inRange(LocalDate day, String field, JsonNode node) throws ScenarioException {
        if (!Days.inRange(day)) {
            throw new ScenarioException(field, "scenario.problem.dateRange", node.toString(), Days.FIRST.toString(),
                    Days.LAST.toString());
        }
        return day;
    }

    private List<Observation> observations(JsonNode node, List<String> ignored) throws ScenarioException {
        List<Observation> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw new ScenarioException("observations", "scenario.problem.array");
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "observations[" + i + "].";
            JsonNode o = node.get(i);
            if (!o.isObject()) {
                throw new ScenarioException("observations[" + i + "]", "scenario.problem.notObject");
            }
            unknownFields(o, path, OBSERVATION, ignored);
            Observation observation = Observation.at(location(o.get("location"), path + "location"), time(o.get("time"), path + "time"))
                    .snowDepthCm(number(o, path, InputBounds.SNOW_DEPTH_CM))
                    .roadIceThicknessCm(number(o, path, InputBounds.ROAD_ICE_THICKNESS_CM))
                    .roadIcing(bool(o, "roadIcing", path))
                    .freezing(phenomenon(o.get("freezingPhenomenon"), path + "freezingPhenomenon"))
                    .accretionDiameterMm(number(o, path, InputBounds.ACCRETION_DIAMETER_MM))
                    .airTempC(number(o, path, InputBounds.AIR_TEMP_C))
                    .build();
            // A neighbouring area's reading is checked like any other, but never counts for a clause.
            if (district(o.get("area"), path + "area")) {
                result.add(observation);
            }
        }
        return result;
    }

    private TrafficReport traffic(JsonNode node, List<String> ignored) throws ScenarioException {
        if (node == null || node.isNull()) {
            return TrafficReport.none();
        }
        if (!node.isObject()) {
            throw new ScenarioException("traffic", "scenario.problem.notObject");
        }
        unknownFields(node, "traffic.", TRAFFIC, ignored);
        Double cut = number(node, "traffic.", InputBounds.CUT_HOURS);
        Double queue = number(node, "traffic.", InputBounds.QUEUE_KM);
        Boolean likely = bool(node, "interruptionLikely", "traffic.");
        return new TrafficReport("", null, cut == null ? 0 : cut, queue == null ? 0 : queue, Boolean.TRUE.equals(likely));
    }

    private static String location(JsonNode node, String field) throws ScenarioException {
        if (node == null || node.isNull()) {
            throw new ScenarioException(field, "scenario.problem.required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ScenarioException(field, "scenario.problem.text", node.toString());
        }
        return node.asText().strip();
    }

    private LocalDateTime time(JsonNode node, String field) throws ScenarioException {
        if (node == null || node.isNull()) {
            throw new ScenarioException(field, "scenario.problem.required");
        }
        String text = node.isTextual() ? node.asText() : "";
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            try {
                // Bounded before the conversion, which itself fails on a year like -999999999.
                OffsetDateTime offset = OffsetDateTime.parse(text);
                inRange(offset.toLocalDate(), field, node);
                time = offset.atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeException e2) {
                throw new ScenarioException(field, "scenario.problem.time", node.toString());
            }
        }
        inRange(time.toLocalDate(), field, node);
        return time;
    }

    /** Judged on the decimal text (JsonNumbers), so a value just past a bound is refused, not rounded in. */
    private static Double number(JsonNode parent, String path, InputBounds bounds) throws ScenarioException {
        JsonNode node = parent.get(bounds.field());
        String field = path + bounds.field();
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new ScenarioException(field, "scenario.problem.number", node.toString());
        }
        switch (JsonNumbers.judge(node, bounds.min(), bounds.max())) {
            case TOO_LONG:
                throw new ScenarioException(field, "scenario.problem.tooLong", String.valueOf(JsonNumbers.digits(node)),
                        String.valueOf(JsonNumbers.MAX_DIGITS));
            case UNDERFLOW:
                throw new ScenarioException(field, "scenario.problem.underflow", node.toString());
            case OUT_OF_RANGE:
                throw new ScenarioException(field, node.decimalValue().signum() < 0 && bounds.min() == 0
                        ? "scenario.problem.negative" : "scenario.problem.range", node.toString(), bounds.min(),
                        bounds.max(), new Messages.Key("unit." + bounds.unit()));
            default:
                return node.decimalValue().doubleValue();
        }
    }

    private static Boolean bool(JsonNode parent, String name, String path) throws ScenarioException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new ScenarioException(path + name, "scenario.problem.boolean", node.toString());
        }
        return node.asBoolean();
    }

    /** {@code area}: DISTRICT (the default) or NEIGHBOUR (相邻地区, §七(一)). */
    private static boolean district(JsonNode node, String field) throws ScenarioException {
        if (node == null || node.isNull()) {
            return true;
        }
        if (node.isTextual() && (node.asText().equals("DISTRICT") || node.asText().equals("NEIGHBOUR"))) {
            return node.asText().equals("DISTRICT");
        }
        throw new ScenarioException(field, "scenario.problem.area", node.toString());
    }

    private static FreezingPhenomenon phenomenon(JsonNode node, String field) throws ScenarioException {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (node.isTextual()) {
                return FreezingPhenomenon.valueOf(node.asText());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ScenarioException(field, "scenario.problem.phenomenon", node.toString());
    }

    private static void unknownFields(JsonNode node, String path, Set<String> known, List<String> ignored) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                ignored.add(path + name);
            }
        });
    }
}
