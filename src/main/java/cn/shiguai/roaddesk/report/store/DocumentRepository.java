package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.DocumentNumber;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issued documents with their PDF, numbered per kind and year. The number is assigned, the
 * document rendered with it, and the PDF, its hash and the duty-log entry stored in one write
 * transaction: under the writers' lock no other issue can take the same number, the stored bytes
 * are the bytes rendered, and a failed render leaves neither a row nor a log entry.
 */
public final class DocumentRepository {
    private static final String COLUMNS = "d.id, d.kind, d.doc_year, d.doc_number, d.version, d.corrects_id, "
            + "d.title, d.issued_at, d.issued_by, d.sha256, d.draft_json";
    private static final String CORRECTED = "EXISTS (SELECT 1 FROM issued_document n WHERE n.corrects_id = d.id)";

    private final Database database;
    private final DutyLog log;

    public DocumentRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** Renders a document once its number is known; called inside the issuing transaction. */
    @FunctionalInterface
    public interface Rendering {
        Rendered render(DocumentNumber number);
    }

    /** What is kept: the title, the PDF exactly as rendered, and what it was drafted from. */
    public record Rendered(String title, byte[] pdf, String draftJson) { }

    /** Issues a new document with the next number of its kind in that year, version 1. */
    public IssuedDocument issue(DocumentKind kind, int year, String issuedBy, Rendering rendering) {
        return database.write(txn -> {
            DocumentNumber number = DocumentNumber.first(kind, year, nextNumber(txn, kind, year));
            return insert(txn, number, null, issuedBy, rendering.render(number));
        });
    }

    /**
     * Issues a corrected version of the version in force: same number, next version, naming the
     * one it corrects. Refuses to correct a version that a later one already corrects.
     */
    public IssuedDocument correct(long correctsId, String issuedBy, Rendering rendering) {
        return database.write(txn -> {
            IssuedDocument original = find(txn, correctsId)
                    .orElseThrow(() -> new IssueRefusedException(IssueRefusedException.Reason.NOT_FOUND, correctsId));
            int latest = latestVersion(txn, original.documentNumber());
            if (latest != original.version()) {
                throw new IssueRefusedException(IssueRefusedException.Reason.SUPERSEDED,
                        original.documentNumber().issueLabel(), latest);
            }
            DocumentNumber number = original.documentNumber().nextVersion();
            return insert(txn, number, correctsId, issuedBy, rendering.render(number));
        });
    }

    /** The number the next document of a kind would get now, e.g. to name it before asking to issue. */
    /** A document printed or written to a file, as its own entry (issue 14, item 7: who, what, when). */
    public long recordOutput(String author, String text) {
        return database.write(txn -> log.append(txn, LogDraft.of(author, LogCategory.DOCUMENT, text)));
    }

    public int nextNumber(DocumentKind kind, int year) {
        return database.read(c -> nextNumber(c, kind, year));
    }

    private static int nextNumber(Connection c, DocumentKind kind, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(doc_number), 0) + 1 FROM issued_document WHERE kind = ? AND doc_year = ?")) {
            ps.setString(1, kind.name());
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int latestVersion(Connection c, DocumentNumber number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM issued_document "
                + "WHERE kind = ? AND doc_year = ? AND doc_number = ?")) {
            ps.setString(1, number.kind().name());
            ps.setInt(2, number.year());
            ps.setInt(3, number.number());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private IssuedDocument insert(Connection txn, DocumentNumber number, Long correctsId, String issuedBy,
                                  Rendered rendered) throws SQLException {
        long id;
        String sha256 = sha256(rendered.pdf());
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO issued_document (kind, doc_year, doc_number, version, "
                + "corrects_id, title, issued_at, issued_by, pdf, sha256, draft_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, number.kind().name());
            ps.setInt(2, number.year());
            ps.setInt(3, number.number());
            ps.setInt(4, number.version());
            Jdbc.setLong(ps, 5, correctsId);
            ps.setString(6, rendered.title());
            Jdbc.setInstant(ps, 7, database.now());
            ps.setString(8, issuedBy);
            ps.setBytes(9, rendered.pdf());
            ps.setString(10, sha256);
            ps.setString(11, rendered.draftJson());
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        // The handover sheet is filed by the desk, not issued (印发) to anyone.
        String key = number.kind() == DocumentKind.HANDOVER_SHEET ? "log.text.filed" : "log.text.document";
        LogDraft entry = LogDraft.of(issuedBy, LogCategory.DOCUMENT, RecordLanguage.text(key, rendered.title(),
                String.valueOf(number.year()), String.valueOf(number.number()), String.valueOf(number.version()), sha256))
                .concerning(LinkType.DOCUMENT, id);
        log.append(txn, correctsId == null ? entry : entry.concerning(LinkType.DOCUMENT, correctsId));
        return find(txn, id).orElseThrow();
    }

    public Optional<IssuedDocument> get(long id) {
        return database.read(c -> find(c, id));
    }

    /** Every version of every document, newest issue first, without the PDFs. */
    public List<IssuedSummary> list() {
        return summaries("ORDER BY d.issued_at DESC, d.id DESC", ps -> { });
    }

    /** Every version of a kind's documents in a year, by number then version, without the PDFs. */
    public List<IssuedSummary> ofYear(DocumentKind kind, int year) {
        return summaries("WHERE d.kind = ? AND d.doc_year = ? ORDER BY d.doc_number, d.version", ps -> {
            ps.setString(1, kind.name());
            ps.setInt(2, year);
        });
    }

    private interface Parameters {
        void set(PreparedStatement ps) throws SQLException;
    }

    private List<IssuedSummary> summaries(String where, Parameters parameters) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", " + CORRECTED
                    + " AS corrected FROM issued_document d " + where)) {
                parameters.set(ps);
                List<IssuedSummary> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new IssuedSummary(rs.getLong("id"), number(rs), Jdbc.nullableLong(rs, "corrects_id"),
                                rs.getString("title"), Jdbc.instant(rs, "issued_at"), rs.getString("issued_by"),
                                rs.getString("sha256"), rs.getString("draft_json"), rs.getBoolean("corrected")));
                    }
                }
                return found;
            }
        });
    }

    private static Optional<IssuedDocument> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", d.pdf FROM issued_document d WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                DocumentNumber n = number(rs);
                return Optional.of(new IssuedDocument(rs.getLong("id"), n.kind(), n.year(), n.number(), n.version(),
                        Jdbc.nullableLong(rs, "corrects_id"), rs.getString("title"), Jdbc.instant(rs, "issued_at"),
                        rs.getString("issued_by"), rs.getBytes("pdf"), rs.getString("sha256"), rs.getString("draft_json")));
            }
        }
    }

    private static DocumentNumber number(ResultSet rs) throws SQLException {
        return new DocumentNumber(DocumentKind.valueOf(rs.getString("kind")), rs.getInt("doc_year"),
                rs.getInt("doc_number"), rs.getInt("version"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
