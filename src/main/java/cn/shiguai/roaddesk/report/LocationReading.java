package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.rules.Observation;
import java.util.Objects;

/**
 * A monitoring location with its latest reading of the report's day.
 *
 * @param neighbouring a location of a neighbouring area (相邻地区): shown for judgement, never
 *                     counted by the rules, and marked so in every document
 * @param latest       the latest reading, or null when the location has not reported
 */
public record LocationReading(String location, boolean neighbouring, Observation latest) {
    public LocationReading {
        Objects.requireNonNull(location, "location");
    }

    public boolean reported() {
        return latest != null;
    }
}
