package cn.shiguai.roaddesk.upper.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.rules.ResponseLevel;
import cn.shiguai.roaddesk.upper.UpperAnnouncement;
import cn.shiguai.roaddesk.upper.UpperResponse;
import cn.shiguai.roaddesk.upper.UpperResponseStore;
import cn.shiguai.roaddesk.upper.UpperWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Announcements in table upper_response (V40), append-only. The row is written before the log
 * entry that records it, in the same transaction, so the entry carries the row's hash and a row
 * edited behind the application's back is named by {@code log verify}.
 */
public final class UpperResponseRepository implements UpperResponseStore {
    private static final String COLUMNS = "id, announced_by, level, since, doc_number, source, entered_by, recorded_at";

    private final Database database;
    private final DutyLog log;
    private final ZoneId zone;

    /** @param zone the district's: the zone the announcement's "since" is read in */
    public UpperResponseRepository(Database database, DutyLog log, ZoneId zone) {
        this.database = database;
        this.log = log;
        this.zone = zone;
    }

    @Override
    public UpperResponse record(UpperAnnouncement a, String enteredBy) {
        return database.write(txn -> {
            Instant now = database.now();
            UpperResponse stored = insert(txn, a, enteredBy, now);
            log.append(txn, LogDraft.of(enteredBy, LogCategory.UPPER_RESPONSE, UpperWords.logText(stored))
                    .concerning(LinkType.UPPER_RESPONSE, stored.id()));
            return stored;
        });
    }

    private UpperResponse insert(Connection txn, UpperAnnouncement a, String enteredBy, Instant now)
            throws SQLException {
        Instant since = a.since().atZone(zone).toInstant();
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO upper_response (announced_by, level, since, "
                + "doc_number, source, entered_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.announcedBy());
            ps.setString(2, a.level().code());
            Jdbc.setInstant(ps, 3, since);
            ps.setString(4, a.docNumber());
            ps.setString(5, a.source());
            ps.setString(6, enteredBy);
            Jdbc.setInstant(ps, 7, now);
            ps.executeUpdate();
            return new UpperResponse(Jdbc.generatedId(ps), a.announcedBy(), a.level(), since, a.docNumber(),
                    a.source(), enteredBy, now);
        }
    }

    @Override
    public List<UpperResponse> effectiveAt(Instant moment) {
        return database.read(c -> {
            List<UpperResponse> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM upper_response "
                    + "WHERE since <= ? AND recorded_at <= ? ORDER BY id")) {
                Jdbc.setInstant(ps, 1, moment);
                Jdbc.setInstant(ps, 2, moment);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new UpperResponse(rs.getLong("id"), rs.getString("announced_by"),
                                ResponseLevel.fromCode(rs.getString("level")), Jdbc.instant(rs, "since"),
                                rs.getString("doc_number"), rs.getString("source"), rs.getString("entered_by"),
                                Jdbc.instant(rs, "recorded_at")));
                    }
                }
            }
            return found;
        });
    }
}
