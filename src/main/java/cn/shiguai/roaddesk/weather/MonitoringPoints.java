package cn.shiguai.roaddesk.weather;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.events.Change;
import cn.shiguai.roaddesk.common.events.ChangeBus;
import cn.shiguai.roaddesk.common.i18n.LocalizedException;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monitoring points as the office keeps them: renamed (the old name stays an alias), merged
 * (a point typed with a character missing becomes the one it meant, its readings with it, for
 * the rules too), retired (no new readings). Each is a logged act with a reason.
 */
public final class MonitoringPoints {
    private final Database database;
    private final LocationRepository locations;
    private final DutyLog log;
    private final ChangeBus changes;

    public MonitoringPoints(Database database, LocationRepository locations, DutyLog log, ChangeBus changes) {
        this.database = database;
        this.locations = locations;
        this.log = log;
        this.changes = changes;
    }

    /** A point as the points list shows it. */
    public record Point(Location location, List<String> aliases) { }

    /** Every point in use or retired, with its old names; merged points are listed under the point they became. */
    public List<Point> list() {
        Map<Long, List<String>> aliases = locations.aliases();
        List<Location> all = locations.all();
        List<Point> points = new ArrayList<>();
        for (Location point : all) {
            if (point.mergedInto() != null) {
                continue;
            }
            Set<String> names = new TreeSet<>(aliases.getOrDefault(point.id(), List.of()));
            for (Location merged : all) {
                if (Objects.equals(merged.mergedInto(), point.id())) {
                    names.add(merged.name());
                    names.addAll(aliases.getOrDefault(merged.id(), List.of()));
                }
            }
            points.add(new Point(point, List.copyOf(names)));
        }
        return points;
    }

    public void rename(long pointId, String newName, String reason, String by) {
        String name = newName == null ? "" : newName.strip();
        String why = RecordWithdrawals.requireReason(reason);
        if (name.isEmpty() || name.length() > 200) {
            throw new LocalizedException("points.problem.name");
        }
        database.write(txn -> {
            Location point = point(txn, pointId);
            if (locations.resolve(txn, name).filter(l -> l.id() != point.id()).isPresent()) {
                throw new LocalizedException("points.problem.taken", name);
            }
            locations.rename(txn, point, name, why, by);
            return log(txn, by, RecordLanguage.text("log.text.pointRenamed", point.name(), name, why), point.id());
        });
        changes.publish(Change.READINGS);
    }

    public void merge(long fromId, long intoId, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        database.write(txn -> {
            Location from = point(txn, fromId);
            Location into = point(txn, intoId);
            if (from.id() == into.id()) {
                throw new LocalizedException("points.problem.self");
            }
            if (from.kind() != into.kind()) {
                throw new LocalizedException("points.problem.kinds");
            }
            locations.merge(txn, from, into, why, by);
            return log(txn, by, RecordLanguage.text("log.text.pointMerged", from.name(), into.name(), why), into.id());
        });
        changes.publish(Change.READINGS);
    }

    public void retire(long pointId, String reason, String by) {
        String why = RecordWithdrawals.requireReason(reason);
        database.write(txn -> {
            Location point = point(txn, pointId);
            locations.retire(txn, point);
            return log(txn, by, RecordLanguage.text("log.text.pointRetired", point.name(), why), point.id());
        });
        changes.publish(Change.READINGS);
    }

    private static Location point(Connection txn, long id) throws SQLException {
        Location point = LocationRepository.get(txn, id)
                .orElseThrow(() -> new LocalizedException("points.problem.unknown", id));
        if (point.mergedInto() != null) {
            throw new LocalizedException("points.problem.merged", point.name());
        }
        return point;
    }

    private long log(Connection txn, String by, String text, long pointId) throws SQLException {
        return log.append(txn, LogDraft.of(by, LogCategory.READING, text).concerning(LinkType.LOCATION, pointId));
    }
}
