package cn.shiguai.roaddesk.weather.ui;

import cn.shiguai.roaddesk.rules.InputBounds;

/** The text fields of the readings form, with the bounds each number must respect. */
public enum ReadingField {
    LOCATION(null),
    TIME(null),
    SNOW_DEPTH(InputBounds.SNOW_DEPTH_CM),
    ICE_THICKNESS(InputBounds.ROAD_ICE_THICKNESS_CM),
    ACCRETION(InputBounds.ACCRETION_DIAMETER_MM),
    AIR_TEMP(InputBounds.AIR_TEMP_C),
    DAILY_MEAN(InputBounds.DAILY_MEAN_TEMP_C),
    CUT_HOURS(InputBounds.CUT_HOURS),
    QUEUE_KM(InputBounds.QUEUE_KM);

    private final InputBounds bounds;

    ReadingField(InputBounds bounds) {
        this.bounds = bounds;
    }

    /** Null for fields that are not numbers. */
    public InputBounds bounds() {
        return bounds;
    }

    public boolean isNumber() {
        return bounds != null;
    }

    public boolean isTraffic() {
        return this == CUT_HOURS || this == QUEUE_KM;
    }
}
