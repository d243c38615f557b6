package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.weather.Location;
import cn.shiguai.roaddesk.weather.MonitoringPoints;
import cn.shiguai.roaddesk.weather.PointNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's point names matched as typed names are ({@link PointNames}): a known name or old name
 * is that point; a name near a known one is a bad row naming it — a file cannot ask "did you
 * mean…", and a silently new point would break a persistent-snow run; anything else is a new
 * point. A retired point takes no readings, and a point keeps its area.
 */
final class PointCheck {
    private final Map<String, Location> known = new HashMap<>();
    private final Map<String, Optional<String>> near = new HashMap<>();

    PointCheck(List<MonitoringPoints.Point> points) {
        for (MonitoringPoints.Point p : points) {
            known.put(p.location().name(), p.location());
            p.aliases().forEach(a -> known.put(a, p.location()));
        }
    }

    /** The row at the point's current name, or empty with the reason added to {@code bad}. */
    Optional<StationRow> check(StationRow row, List<BadRow> bad) {
        String typed = row.observation().location();
        String column = StationColumn.LOCATION.header();
        Location point = known.get(typed);
        if (point == null) {
            Optional<String> resembles = near.computeIfAbsent(typed, this::nearest);
            if (resembles.isPresent()) {
                bad.add(BadRow.of(row.line(), column, typed, "import.problem.nearName", resembles.get()));
                return Optional.empty();
            }
            return Optional.of(row);
        }
        if (point.retiredAt() != null) {
            bad.add(BadRow.of(row.line(), column, typed, "points.problem.retired", point.name()));
            return Optional.empty();
        }
        if (point.kind() != row.kind()) {
            bad.add(BadRow.of(row.line(), StationColumn.AREA.header(), typed, "import.problem.kind", point.name(),
                    new Messages.Key("location.kind." + point.kind().name())));
            return Optional.empty();
        }
        return Optional.of(row.at(point.name()));
    }

    /**
     * Near a known name only: new names of one file are not compared with each other, since a
     * station network's numbered points (站点 01, 站点 02) are one edit apart and all real.
     */
    private Optional<String> nearest(String typed) {
        return PointNames.nearest(typed, known.keySet());
    }
}
