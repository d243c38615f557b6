package cn.shiguai.roaddesk.rules;

/**
 * The kinds of clause the plan's §四 conditions are made of, each with the key it has in a
 * rule-set file and the group it belongs to in the formula of domain §3.3.
 */
public enum ClauseKind {
    SNOW_DEPTH("snowDepthCm", Group.WEATHER, "cm"),
    PERSISTENT_SNOW("persistentSnowCm", Group.WEATHER, "cm"),
    ICE_THICKNESS("roadIceThicknessCm", Group.WEATHER, "cm"),
    FREEZING_ACCRETION("accretionDiameterMm", Group.WEATHER, "mm"),
    FREEZING_PHENOMENON("freezingPhenomenon", Group.WEATHER, null),
    ROAD_ICING("roadIcing", Group.WEATHER, null),
    DAILY_MEAN_TEMP("dailyMeanTempC", Group.COLD, "℃"),
    TRAFFIC_CUT("cutHours", Group.TRAFFIC, "h"),
    STRANDED_QUEUE("queueKm", Group.TRAFFIC, "km"),
    TRAFFIC_INTERRUPTION("interruption", Group.TRAFFIC, null);

    /** Weather clauses are alternatives, bound together by the cold clause; traffic clauses all hold together. */
    public enum Group { WEATHER, COLD, TRAFFIC }

    private final String fileKey;
    private final Group group;
    private final String unit;

    ClauseKind(String fileKey, Group group, String unit) {
        this.fileKey = fileKey;
        this.group = group;
        this.unit = unit;
    }

    public String fileKey() {
        return fileKey;
    }

    public Group group() {
        return group;
    }

    /** The unit of the clause's quantity, or null for clauses about occurrence. */
    public String unit() {
        return unit;
    }

    public boolean isQuantity() {
        return unit != null;
    }

    public static ClauseKind fromFileKey(String key, Group group) {
        for (ClauseKind kind : values()) {
            if (kind.fileKey.equals(key) && kind.group == group) {
                return kind;
            }
        }
        return null;
    }
}
