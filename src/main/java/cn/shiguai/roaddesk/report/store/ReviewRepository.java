package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.report.DocumentKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Drafts sent for review (审核, V71): written with their log entry, settled by a later issue of their kind. */
public final class ReviewRepository {
    private static final String OPEN = "SELECT r.id, r.kind, r.report_day, r.draft_json, r.drafted_by, r.sent_at "
            + "FROM document_review r WHERE NOT EXISTS (SELECT 1 FROM issued_document d WHERE d.kind = r.kind "
            + "AND d.issued_at > r.sent_at) AND NOT EXISTS (SELECT 1 FROM document_review n WHERE n.kind = r.kind "
            + "AND n.report_day = r.report_day AND n.id > r.id)";

    private final Database database;
    private final DutyLog log;

    public ReviewRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** A draft waiting for 签发: the texts as sent, and who drafted it. */
    public record Review(long id, DocumentKind kind, LocalDate day, String draftJson, String draftedBy, Instant sentAt) { }

    /** Keeps the draft and logs that it was sent, in one transaction. */
    public Review send(DocumentKind kind, LocalDate day, String draftJson, String draftedBy, String author,
                       String logText) {
        return database.write(txn -> {
            Instant at = database.now();
            long id;
            try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO document_review (kind, report_day, draft_json, "
                    + "drafted_by, sent_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, kind.name());
                ps.setObject(2, day);
                ps.setString(3, draftJson);
                ps.setString(4, draftedBy);
                Jdbc.setInstant(ps, 5, at);
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            log.append(txn, LogDraft.of(author, LogCategory.DOCUMENT, logText));
            return new Review(id, kind, day, draftJson, draftedBy, at);
        });
    }

    /** The latest draft of that kind and day still waiting for 签发. */
    public Optional<Review> open(DocumentKind kind, LocalDate day) {
        return open().stream().filter(r -> r.kind() == kind && r.day().equals(day)).findFirst();
    }

    /** Every draft still waiting for 签发, the oldest first. */
    public List<Review> open() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(OPEN + " ORDER BY r.id"); ResultSet rs = ps.executeQuery()) {
                return reviews(rs);
            }
        });
    }

    private static List<Review> reviews(ResultSet rs) throws SQLException {
        List<Review> reviews = new ArrayList<>();
        while (rs.next()) {
            reviews.add(new Review(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                    rs.getObject("report_day", LocalDate.class), rs.getString("draft_json"), rs.getString("drafted_by"),
                    Jdbc.instant(rs, "sent_at")));
        }
        return reviews;
    }
}
