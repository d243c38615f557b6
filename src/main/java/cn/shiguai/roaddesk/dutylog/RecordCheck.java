package cn.shiguai.roaddesk.dutylog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every record a log entry vouches for (a link with its record's hash) against the record
 * as it is now: a row edited or deleted behind the application's back, the append-only triggers
 * dropped first, is named with the entry that recorded it. One pass per kind of record, a join
 * of the link table with the record table, read in order; the chain itself, which covers the
 * stored hashes, is {@link ChainVerifier}'s.
 */
public final class RecordCheck {
    /** At most this many findings are kept; the rest are counted. */
    static final int MAX_LISTED = 1_000;

    /** A record that no longer matches what entry {@code seq} recorded, or is {@code gone}. */
    public record Finding(LinkType type, long id, long seq, boolean gone) { }

    /** What the check found: records checked, changed or deleted ones (the first {@value #MAX_LISTED}). */
    public record Result(long checked, long broken, List<Finding> findings) {
        public boolean intact() {
            return broken == 0;
        }
    }

    private RecordCheck() {
    }

    public static Result run(Connection c) throws SQLException {
        long checked = 0;
        long broken = 0;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<LinkType, RecordForms.Form> kind : RecordForms.all().entrySet()) {
            RecordForms.Form form = kind.getValue();
            try (PreparedStatement ps = c.prepareStatement(form.joined())) {
                ps.setString(1, kind.getKey().name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        checked++;
                        boolean gone = rs.getObject(4) == null;
                        if (gone || !RecordHash.hash(form, rs, 5).equals(rs.getString(3))) {
                            broken++;
                            if (findings.size() < MAX_LISTED) {
                                findings.add(new Finding(kind.getKey(), rs.getLong(2), rs.getLong(1), gone));
                            }
                        }
                    }
                }
            }
        }
        return new Result(checked, broken, List.copyOf(findings));
    }
}
