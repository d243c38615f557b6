package cn.shiguai.roaddesk.rules;

/**
 * The accepted range of every measured input (evaluate contract). The command line and the
 * window's forms apply the same bounds; a value outside them is refused, never clamped.
 */
public enum InputBounds {
    SNOW_DEPTH_CM("snowDepthCm", 0, 300, "cm"),
    ROAD_ICE_THICKNESS_CM("roadIceThicknessCm", 0, 30, "cm"),
    ACCRETION_DIAMETER_MM("accretionDiameterMm", 0, 300, "mm"),
    AIR_TEMP_C("airTempC", -60, 50, "℃"),
    DAILY_MEAN_TEMP_C("dailyMeanTempC", -60, 50, "℃"),
    CUT_HOURS("cutHours", 0, 720, "h"),
    QUEUE_KM("queueKm", 0, 300, "km");

    private final String field;
    private final double min;
    private final double max;
    private final String unit;

    InputBounds(String field, double min, double max, String unit) {
        this.field = field;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    public String field() {
        return field;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }
}
