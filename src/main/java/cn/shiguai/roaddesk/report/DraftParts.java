package cn.shiguai.roaddesk.report;

/** The names of the editable parts of the documents ({@link DraftPart#key()}). */
public final class DraftParts {
    /** Daily report and report to superiors: the overall situation. */
    public static final String SUMMARY = "summary";
    /** Daily report and report to superiors: road traffic. */
    public static final String ROADS = "roads";
    /** Daily report and report to superiors: the next steps. */
    public static final String OUTLOOK = "outlook";
    /** Warning notice, bulletin and report to superiors: the weather. */
    public static final String WEATHER = "weather";
    /** Warning notice: the key areas affected (重点区域, §七(二)). */
    public static final String KEY_AREAS = "keyAreas";
    /** Warning notice: advice to one department, "advice.TRANSPORT"; one part per department. */
    public static final String ADVICE_PREFIX = "advice.";
    /** Public bulletin: the state of the roads. */
    public static final String ROAD_STATUS = "roadStatus";
    /** Public bulletin: why roads are closed (§九(二) 道路无法通行的客观原因). */
    public static final String CLOSURE_REASONS = "closureReasons";
    /** Public bulletin and report to superiors: the measures taken. */
    public static final String MEASURES_TAKEN = "measuresTaken";
    /** Public bulletin: advice on travel. */
    public static final String TRAVEL_ADVICE = "travelAdvice";
    /** Report to superiors: to whom it goes (主送机关). */
    public static final String ADDRESSEE = "addressee";
    /** A correction: what was corrected, printed under the fixed note of the correction. */
    public static final String CORRECTION = "correction";

    private DraftParts() {
    }

    public static String advice(String positionKey) {
        return ADVICE_PREFIX + positionKey;
    }
}
