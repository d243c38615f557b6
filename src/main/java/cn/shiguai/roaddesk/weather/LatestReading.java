package cn.shiguai.roaddesk.weather;

/**
 * A monitoring location and its most recent reading.
 *
 * @param latest null when the location has never reported
 */
public record LatestReading(String location, LocationKind kind, ReadingRecord latest) { }
