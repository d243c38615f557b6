package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.rules.InputBounds;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of a station readings file (issue 12), in any order; the header names them. */
enum StationColumn {
    LOCATION("location", null),
    TIME("time", null),
    SNOW_DEPTH("snow_depth_cm", InputBounds.SNOW_DEPTH_CM),
    ICE_THICKNESS("road_ice_thickness_cm", InputBounds.ROAD_ICE_THICKNESS_CM),
    ROAD_ICING("road_icing", null),
    PHENOMENON("freezing_phenomenon", null),
    ACCRETION("accretion_diameter_mm", InputBounds.ACCRETION_DIAMETER_MM),
    AIR_TEMP("air_temp_c", InputBounds.AIR_TEMP_C),
    DAILY_MEAN("daily_mean_temp_c", InputBounds.DAILY_MEAN_TEMP_C),
    AREA("area", null);

    private final String header;
    private final InputBounds bounds;

    StationColumn(String header, InputBounds bounds) {
        this.header = header;
        this.bounds = bounds;
    }

    String header() {
        return header;
    }

    /** The bounds of a measured column; null for the others. */
    InputBounds bounds() {
        return bounds;
    }

    boolean required() {
        return this == LOCATION || this == TIME;
    }

    /** Header names are matched without regard to case or surrounding spaces. */
    static Optional<StationColumn> named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(n)).findFirst();
    }

    static String allHeaders() {
        return String.join(",", Arrays.stream(values()).map(StationColumn::header).toList());
    }
}
