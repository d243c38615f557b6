package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Days;
import cn.shiguai.roaddesk.common.text.LenientNumbers;
import cn.shiguai.roaddesk.rules.FreezingPhenomenon;
import cn.shiguai.roaddesk.rules.InputBounds;
import cn.shiguai.roaddesk.rules.Observation;
import cn.shiguai.roaddesk.weather.LocationKind;
import cn.shiguai.roaddesk.weather.ReadingChecks;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The values of one row, read strictly: the same bounds and the same cross-checks as the
 * readings form ({@link ReadingChecks}), booleans and phenomena in English or Chinese, times in
 * district time (an offset converted to it). Never clamped, never guessed.
 */
final class StationValues {
    /** As the form: a reading more than this far in the future is refused (FollowingTime). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    /** "2026-01-12 08:00" as spreadsheets write it; compiled once for a file of many rows. */
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "1", true, "0", false,
            "是", true, "否", false);
    private static final Map<String, FreezingPhenomenon> PHENOMENA = Map.of("冻雨", FreezingPhenomenon.FREEZING_RAIN,
            "雨凇", FreezingPhenomenon.GLAZE, "冰凌", FreezingPhenomenon.ICE, "无", FreezingPhenomenon.NONE);
    private static final Map<String, LocationKind> AREAS = Map.of("district", LocationKind.DISTRICT,
            "neighbour", LocationKind.NEIGHBOUR);

    private final ZoneId zone;
    private final Clock clock;

    StationValues(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    Row row(long line, List<BadRow> bad) {
        return new Row(line, bad);
    }

    /** One row being read; each bad value is reported to the file's list as it is found. */
    final class Row {
        private final long line;
        private final List<BadRow> bad;
        private final Map<StationColumn, String> texts = new EnumMap<>(StationColumn.class);
        private boolean failed;

        private Row(long line, List<BadRow> bad) {
            this.line = line;
            this.bad = bad;
        }

        void put(StationColumn column, String text) {
            texts.put(column, text == null ? "" : text.strip());
        }

        Optional<StationRow> build() {
            String location = text(StationColumn.LOCATION);
            if (location.isEmpty()) {
                bad(StationColumn.LOCATION, "import.problem.required");
            }
            LocalDateTime time = time();
            Double snow = number(StationColumn.SNOW_DEPTH);
            Double ice = number(StationColumn.ICE_THICKNESS);
            Boolean icing = icing();
            FreezingPhenomenon phenomenon = phenomenon();
            Double accretion = number(StationColumn.ACCRETION);
            Double air = number(StationColumn.AIR_TEMP);
            Double mean = number(StationColumn.DAILY_MEAN);
            LocationKind kind = area();
            ReadingChecks.accretionConflict(accretion, phenomenon).ifPresent(k -> bad(StationColumn.ACCRETION, k));
            ReadingChecks.iceConflict(ice, icing).ifPresent(k -> bad(StationColumn.ICE_THICKNESS, k));
            if (failed) {
                return Optional.empty();
            }
            Observation o = Observation.at(location, time).snowDepthCm(snow).roadIceThicknessCm(ice).roadIcing(icing)
                    .freezing(phenomenon).accretionDiameterMm(accretion).airTempC(air).build();
            if (!o.hasAnyMeasurement() && mean == null) {
                bad.add(BadRow.of(line, "", "", "import.problem.nothingMeasured"));
                return Optional.empty();
            }
            return Optional.of(new StationRow(line, o, kind, mean));
        }

        private LocalDateTime time() {
            String text = text(StationColumn.TIME);
            if (text.isEmpty()) {
                bad(StationColumn.TIME, "import.problem.required");
                return null;
            }
            // Spreadsheets write "2026-01-12 08:00"; the date and the time are read as ISO 8601 either way.
            String iso = SPACED.matcher(text).matches() ? text.replaceFirst(" ", "T") : text;
            LocalDateTime time;
            try {
                time = LocalDateTime.parse(iso);
            } catch (DateTimeException e) {
                try {
                    OffsetDateTime offset = OffsetDateTime.parse(iso);
                    if (!Days.inRange(offset.toLocalDate())) {
                        bad(StationColumn.TIME, "import.problem.dateRange", Days.FIRST, Days.LAST);
                        return null;
                    }
                    time = offset.atZoneSameInstant(zone).toLocalDateTime();
                } catch (DateTimeException e2) {
                    bad(StationColumn.TIME, "import.problem.time");
                    return null;
                }
            }
            if (!Days.inRange(time.toLocalDate())) {
                bad(StationColumn.TIME, "import.problem.dateRange", Days.FIRST, Days.LAST);
                return null;
            }
            LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
            if (time.isAfter(now.plus(FUTURE_TOLERANCE))) {
                bad(StationColumn.TIME, "import.problem.future", FUTURE_TOLERANCE.toMinutes());
                return null;
            }
            return time;
        }

        private Double number(StationColumn column) {
            String text = text(column);
            if (LenientNumbers.isBlank(text)) {
                return null;
            }
            InputBounds b = column.bounds();
            OptionalDouble value = LenientNumbers.parse(text);
            if (value.isEmpty()) {
                bad(column, "form.problem.notNumber", new Range(b));
                return null;
            }
            Optional<String> problem = ReadingChecks.boundsProblem(b, value.getAsDouble());
            problem.ifPresent(key -> bad(column, key, new Range(b)));
            return problem.isPresent() ? null : value.getAsDouble();
        }

        private Boolean icing() {
            String text = text(StationColumn.ROAD_ICING);
            if (text.isEmpty()) {
                return null;
            }
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                bad(StationColumn.ROAD_ICING, "import.problem.boolean");
            }
            return value;
        }

        private FreezingPhenomenon phenomenon() {
            String text = text(StationColumn.PHENOMENON);
            if (text.isEmpty()) {
                return null;
            }
            FreezingPhenomenon value = PHENOMENA.get(text);
            if (value == null) {
                try {
                    value = FreezingPhenomenon.valueOf(text.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    bad(StationColumn.PHENOMENON, "import.problem.phenomenon");
                }
            }
            return value;
        }

        private LocationKind area() {
            String text = text(StationColumn.AREA);
            if (text.isEmpty()) {
                return LocationKind.DISTRICT;
            }
            LocationKind value = AREAS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                bad(StationColumn.AREA, "import.problem.area");
                return LocationKind.DISTRICT;
            }
            return value;
        }

        private String text(StationColumn column) {
            return texts.getOrDefault(column, "");
        }

        private void bad(StationColumn column, String key, Object... args) {
            failed = true;
            bad.add(BadRow.of(line, column.header(), text(column), key, args));
        }
    }

    /** A field's accepted range, in the words of whoever reads the report. */
    private record Range(InputBounds bounds) implements cn.shiguai.roaddesk.common.i18n.Localized {
        @Override
        public String message(Messages messages) {
            return ReadingChecks.range(messages, bounds);
        }
    }
}
