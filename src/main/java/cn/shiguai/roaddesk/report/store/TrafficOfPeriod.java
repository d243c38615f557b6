package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.report.ReportPeriod;
import cn.shiguai.roaddesk.rules.TrafficReport;
import cn.shiguai.roaddesk.weather.TrafficRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic reports of a period as the rules engine weighs them: the latest report of each
 * road, oldest first, leaving out reports replaced or withdrawn. A road reported every hour
 * would otherwise fill a page with its history.
 */
final class TrafficOfPeriod {
    /** Newest reports read; far more than a district's roads report in a day. */
    static final int LIMIT = 2_000;

    private TrafficOfPeriod() {
    }

    static List<TrafficReport> latestPerRoad(List<TrafficRecord> recentFirst, ReportPeriod period, ZoneId zone) {
        Map<String, TrafficRecord> latest = new LinkedHashMap<>();
        recentFirst.stream()
                .filter(r -> r.state().counts())
                .filter(r -> period.contains(observed(r, zone)))
                .sorted(Comparator.comparing((TrafficRecord r) -> observed(r, zone)).thenComparingLong(TrafficRecord::id))
                .forEach(r -> latest.put(r.report().road(), r));
        return latest.values().stream()
                .sorted(Comparator.comparing((TrafficRecord r) -> observed(r, zone)))
                .map(TrafficRecord::report)
                .toList();
    }

    /** When the road was seen so; a report without a time counts from when it was recorded. */
    private static Instant observed(TrafficRecord record, ZoneId zone) {
        return record.report().time() == null ? record.recordedAt() : record.report().time().atZone(zone).toInstant();
    }
}
