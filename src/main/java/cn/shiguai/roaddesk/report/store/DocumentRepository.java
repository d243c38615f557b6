package cn.shiguai.roaddesk.report.store;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.db.Jdbc;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LinkType;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import cn.shiguai.roaddesk.dutylog.LogTexts;
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

/** Issued documents with their PDF, numbered per kind and year. */
public final class DocumentRepository {
    private static final String COLUMNS = "id, kind, doc_year, doc_number, version, corrects_id, title, issued_at, "
            + "issued_by, pdf, sha256, draft_json";

    private final Database database;
    private final DutyLog log;

    public DocumentRepository(Database database, DutyLog log) {
        this.database = database;
        this.log = log;
    }

    /** Issues a new document with the next number of its kind in that year, version 1. */
    public IssuedDocument issue(DocumentKind kind, int year, String title, String issuedBy, byte[] pdf, String draftJson) {
        return database.write(txn -> {
            int number;
            try (PreparedStatement ps = txn.prepareStatement(
                    "SELECT COALESCE(MAX(doc_number), 0) + 1 FROM issued_document WHERE kind = ? AND doc_year = ?")) {
                ps.setString(1, kind.name());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            return insert(txn, kind, year, number, 1, null, title, issuedBy, pdf, draftJson);
        });
    }

    /** Issues a corrected version of a document: same number, next version, naming the one it corrects. */
    public IssuedDocument correct(long correctsId, String title, String issuedBy, byte[] pdf, String draftJson) {
        return database.write(txn -> {
            IssuedDocument original = get(txn, correctsId)
                    .orElseThrow(() -> new IllegalArgumentException("no document " + correctsId));
            int version;
            try (PreparedStatement ps = txn.prepareStatement("SELECT MAX(version) + 1 FROM issued_document "
                    + "WHERE kind = ? AND doc_year = ? AND doc_number = ?")) {
                ps.setString(1, original.kind().name());
                ps.setInt(2, original.year());
                ps.setInt(3, original.number());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getInt(1);
                }
            }
            return insert(txn, original.kind(), original.year(), original.number(), version, correctsId, title,
                    issuedBy, pdf, draftJson);
        });
    }

    private IssuedDocument insert(Connection txn, DocumentKind kind, int year, int number, int version, Long correctsId,
                                  String title, String issuedBy, byte[] pdf, String draftJson) throws SQLException {
        long id;
        String sha256 = sha256(pdf);
        try (PreparedStatement ps = Jdbc.insert(txn, "INSERT INTO issued_document (kind, doc_year, doc_number, version, "
                + "corrects_id, title, issued_at, issued_by, pdf, sha256, draft_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, kind.name());
            ps.setInt(2, year);
            ps.setInt(3, number);
            ps.setInt(4, version);
            Jdbc.setLong(ps, 5, correctsId);
            ps.setString(6, title);
            Jdbc.setInstant(ps, 7, database.now());
            ps.setString(8, issuedBy);
            ps.setBytes(9, pdf);
            ps.setString(10, sha256);
            ps.setString(11, draftJson);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        LogDraft entry = LogDraft.of(issuedBy, LogCategory.DOCUMENT, LogTexts.of("log.text.document", title,
                String.valueOf(year), String.valueOf(number), String.valueOf(version), sha256))
                .concerning(LinkType.DOCUMENT, id);
        log.append(txn, correctsId == null ? entry : entry.concerning(LinkType.DOCUMENT, correctsId));
        return get(txn, id).orElseThrow();
    }

    public Optional<IssuedDocument> get(long id) {
        return database.read(c -> get(c, id));
    }

    /** Every version of every document of a kind in a year, by number then version. */
    public List<IssuedDocument> ofYear(DocumentKind kind, int year) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_document "
                    + "WHERE kind = ? AND doc_year = ? ORDER BY doc_number, version")) {
                ps.setString(1, kind.name());
                ps.setInt(2, year);
                return read(ps);
            }
        });
    }

    private static Optional<IssuedDocument> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM issued_document WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    private static List<IssuedDocument> read(PreparedStatement ps) throws SQLException {
        List<IssuedDocument> docs = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                docs.add(new IssuedDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getInt("doc_year"), rs.getInt("doc_number"), rs.getInt("version"),
                        Jdbc.nullableLong(rs, "corrects_id"), rs.getString("title"), Jdbc.instant(rs, "issued_at"),
                        rs.getString("issued_by"), rs.getBytes("pdf"), rs.getString("sha256"), rs.getString("draft_json")));
            }
        }
        return docs;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
